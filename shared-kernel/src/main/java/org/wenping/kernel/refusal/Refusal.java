package org.wenping.kernel.refusal;

/**
 * A request refused by a rule of either side: a stable {@link #code()}, the {@link #kind()} that decides how it
 * is answered, the request field or rule at fault, and a zh-CN message. Command side and query side each throw
 * their own subclasses; the web edge renders every one alike, as RFC 9457 problem+json.
 */
public abstract class Refusal extends RuntimeException {
    /** How a refusal is answered over HTTP. */
    public enum Kind {
        /** 400: the request itself is malformed or out of range. */
        INVALID,
        /** 403: the actor may not do this here. */
        FORBIDDEN,
        /** 404: no record of that kind under that id. */
        NOT_FOUND,
        /** 409: the request conflicts with the current state. */
        CONFLICT,
        /** 422: the request is well-formed but a rule refuses it. */
        UNPROCESSABLE
    }

    private final String code;
    private final Kind kind;
    private final String field;

    protected Refusal(String code, Kind kind, String field, String message) {
        // An answer to the caller, not a fault: no stack trace to fill or to log.
        super(message, null, false, false);
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

    /** The request field, header or rule id at fault, if any. */
    public String field() {
        return field;
    }
}
