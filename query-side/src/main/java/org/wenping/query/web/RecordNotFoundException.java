package org.wenping.query.web;

/** No record with the asked id (yet: projections follow the store within moments). Answered 404. */
public class RecordNotFoundException extends RuntimeException {
    private final String code;

    public RecordNotFoundException(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
