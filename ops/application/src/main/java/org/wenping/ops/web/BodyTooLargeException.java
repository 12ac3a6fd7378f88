package org.wenping.ops.web;

import java.io.IOException;

/** A request body grew past the limit while being read. */
class BodyTooLargeException extends IOException {
    BodyTooLargeException(long limit) {
        super("request body exceeds " + limit + " bytes");
    }
}
