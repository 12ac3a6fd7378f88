package org.wenping.command.domain;

import org.wenping.kernel.refusal.Refusal;

/**
 * A command the domain refuses. Each rule has its own subclass with a stable {@link #code()}; the web
 * layer answers it as RFC 9457 problem+json with the code, the rule or field at fault, and nothing written.
 */
public abstract class CommandRefusedException extends Refusal {
    protected CommandRefusedException(String code, Kind kind, String field, String message) {
        super(code, kind, field, message);
    }
}
