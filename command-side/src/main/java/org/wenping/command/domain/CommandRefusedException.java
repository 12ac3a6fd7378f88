package org.wenping.command.domain;

/**
 * A command the domain refuses. Each rule has its own subclass with a stable {@link #code()}; the web
 * layer answers it as RFC 9457 problem+json with the code, the rule or field at fault, and nothing written.
 */
public abstract class CommandRefusedException extends RuntimeException {
    /** How the refusal is answered over HTTP. */
    public enum Kind {
        /** 403: the actor may not do this here. */
        FORBIDDEN,
        /** 409: the request conflicts with the current state. */
        CONFLICT,
        /** 422: the request is well-formed but a rule refuses it. */
        UNPROCESSABLE
    }

    private final String code;
    private final Kind kind;
    private final String field;

    protected CommandRefusedException(String code, Kind kind, String field, String message) {
        super(message);
        this.code = code;
        this.kind = kind;
        this.field = field;
    }

    public String code() {
        return code;
    }

    public Kind kind() {
        return kind;
    }

    /** The request field or rule id at fault, if any. */
    public String field() {
        return field;
    }
}
