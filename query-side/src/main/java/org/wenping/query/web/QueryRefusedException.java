package org.wenping.query.web;

import org.wenping.kernel.refusal.Refusal;

/**
 * A read the query side refuses, in the one refusal shape both sides share: a parameter out of range, a record
 * not found, a record outside the reader's jurisdiction. Each kind has its factory and stable code.
 */
public class QueryRefusedException extends Refusal {
    /** {@code asOf} is not an ISO-8601 instant. */
    public static final String INVALID_AS_OF = "INVALID_AS_OF";
    /** {@code asOf} names a moment not yet reached. */
    public static final String AS_OF_IN_FUTURE = "AS_OF_IN_FUTURE";

    private QueryRefusedException(String code, Kind kind, String field, String message) {
        super(code, kind, field, message);
    }

    /** A query parameter out of range or unknown: 400 {@code INVALID_QUERY}, naming the parameter. */
    public static QueryRefusedException invalidParameter(String parameter, String message) {
        return new QueryRefusedException("INVALID_QUERY", Kind.INVALID, parameter, message);
    }

    /** {@code asOf} refused: 400 {@link #INVALID_AS_OF} or {@link #AS_OF_IN_FUTURE}. */
    public static QueryRefusedException asOf(String code, String message) {
        return new QueryRefusedException(code, Kind.INVALID, "asOf", message);
    }

    /** No record with the asked id (yet: projections follow the store within moments): 404. */
    public static QueryRefusedException notFound(String code, String message) {
        return new QueryRefusedException(code, Kind.NOT_FOUND, "id", message);
    }

    /** 404 for a matter id no event was ever recorded under. */
    public static QueryRefusedException matterNotFound(String matterId) {
        return notFound("MATTER_NOT_FOUND", "未找到事项 " + matterId);
    }

    /** 404 for a case id no event was ever recorded under. */
    public static QueryRefusedException caseNotFound(String caseId) {
        return notFound("CASE_NOT_FOUND", "未找到案件 " + caseId);
    }

    /** R9: the record lies outside the reader's jurisdiction, or there is no reader: 403. */
    public static QueryRefusedException outsideReaderScope(String message) {
        return new QueryRefusedException("R9_OUTSIDE_JURISDICTION", Kind.FORBIDDEN, "jurisdiction", message);
    }
}
