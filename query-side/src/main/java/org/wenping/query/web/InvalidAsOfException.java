package org.wenping.query.web;

/**
 * The {@code asOf} parameter is not an ISO-8601 instant, or names a moment not yet reached. Answered 400 with
 * {@link #code()}: {@code INVALID_AS_OF} or {@code AS_OF_IN_FUTURE}, field {@code asOf}.
 */
public class InvalidAsOfException extends RuntimeException {
    public static final String INVALID = "INVALID_AS_OF";
    public static final String IN_FUTURE = "AS_OF_IN_FUTURE";

    private final String code;

    public InvalidAsOfException(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }

    public String field() {
        return "asOf";
    }
}
