package org.wenping.command.domain;

import org.wenping.kernel.jurisdiction.JurisdictionCode;

/** A command refers to a record of a jurisdiction the referring record does not reach: 422, nothing written. */
public class ReferenceOutsideJurisdictionException extends CommandRefusedException {
    /** @param kind the zh-CN name of the kind of record referred to */
    public ReferenceOutsideJurisdictionException(String field, String kind, Object id, JurisdictionCode where,
                                                 JurisdictionCode reach) {
        super("REFERENCE_OUTSIDE_JURISDICTION", Kind.UNPROCESSABLE, field,
                "字段“" + field + "”引用的" + kind + " " + id + " 属 " + where + ",不在 " + reach + " 范围内");
    }
}
