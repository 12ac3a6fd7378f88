package org.wenping.command.web;

import org.wenping.command.domain.CommandRefusedException;

/** An If-Match header that names no version of ours. */
public class InvalidIfMatchException extends CommandRefusedException {
    public InvalidIfMatchException(String header) {
        super("INVALID_IF_MATCH", Kind.UNPROCESSABLE, "If-Match", "If-Match 须为事项版本号,如 \"3\",收到: " + header);
    }
}
