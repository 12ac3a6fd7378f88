package org.wenping.query.web;

/** A query parameter out of range or unknown; answered 400 with code INVALID_QUERY and the parameter. */
public class InvalidQueryException extends RuntimeException {
    private final String parameter;

    public InvalidQueryException(String parameter, String message) {
        super(message);
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }
}
