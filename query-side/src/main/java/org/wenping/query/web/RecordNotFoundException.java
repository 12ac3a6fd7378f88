package org.wenping.query.web;

/** No record with the asked id (yet: projections follow the store within moments). Answered 404. */
public class RecordNotFoundException extends RuntimeException {
    private final String code;

    public RecordNotFoundException(String code, String message) {
        super(message);
        this.code = code;
    }

    /** 404 for a matter id no event was ever recorded under. */
    public static RecordNotFoundException matter(String matterId) {
        return new RecordNotFoundException("MATTER_NOT_FOUND", "未找到事项 " + matterId);
    }

    public String code() {
        return code;
    }
}
