package org.wenping.command.domain;

/**
 * A command refers to another record (a matter, an agency, an event) that was never recorded, or not as the kind
 * the reference needs: 422, nothing written. A reference is checked where it is recorded, not when it is used.
 */
public class UnknownReferenceException extends CommandRefusedException {
    /** @param kind the zh-CN name of the kind of record referred to */
    public UnknownReferenceException(String field, String kind, Object id) {
        super("REFERENCE_NOT_FOUND", Kind.UNPROCESSABLE, field, "字段“" + field + "”引用的" + kind + " " + id + " 不存在");
    }
}
