package org.wenping.command.web;

import org.wenping.command.domain.CommandRefusedException;
import org.wenping.kernel.inquiry.InquiryId;
import org.wenping.kernel.matter.MatterId;
import org.wenping.kernel.registry.AgencyId;
import org.wenping.kernel.registry.ExpertId;

/**
 * A command names a record never recorded under that id, or the id of a record of another kind (an expert's id
 * where a matter's belongs): answered 404 with the not-found code of the kind the command is for.
 */
public class UnknownRecordException extends CommandRefusedException {
    private UnknownRecordException(String code, String kind, Object id) {
        super(code, Kind.NOT_FOUND, "id", "未找到" + kind + " " + id);
    }

    /** The refusal for {@code id}, by the kind of record its type names. */
    static UnknownRecordException of(Object id) {
        if (id instanceof MatterId) return new UnknownRecordException("MATTER_NOT_FOUND", "事项", id);
        if (id instanceof ExpertId) return new UnknownRecordException("EXPERT_NOT_FOUND", "专家", id);
        if (id instanceof AgencyId) return new UnknownRecordException("AGENCY_NOT_FOUND", "评估机构", id);
        if (id instanceof InquiryId) return new UnknownRecordException("INQUIRY_NOT_FOUND", "责任倒查", id);
        return new UnknownRecordException("RECORD_NOT_FOUND", "记录", id);
    }
}
