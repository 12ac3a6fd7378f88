package org.wenping.command.inquiry;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.wenping.command.domain.RegistrationCommand;
import org.wenping.kernel.actor.Action;
import org.wenping.kernel.inquiry.InquiryId;
import org.wenping.kernel.inquiry.InquiryReason;
import org.wenping.kernel.jurisdiction.JurisdictionCode;

import java.time.LocalDate;

/**
 * 启动责任倒查 into a matter or a case.
 *
 * @param subjectId the matter or case looked into
 * @param jurisdiction the subject's jurisdiction as the server read it, which R9 checks the inspector against before
 *                     the inquiry exists; the inquiry itself checks it again against the subject's record
 */
public record OpenInquiryCommand(
        @TargetAggregateIdentifier InquiryId inquiryId,
        String subjectId,
        JurisdictionCode jurisdiction,
        InquiryReason reason,
        String reasonText,
        LocalDate openedOn) implements RegistrationCommand {
    @Override
    public Action action() {
        return Action.CONDUCT_INQUIRY;
    }
}
