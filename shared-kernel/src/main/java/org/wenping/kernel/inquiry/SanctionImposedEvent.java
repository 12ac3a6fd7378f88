package org.wenping.kernel.inquiry;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Emitted when a sanction is imposed on the person a finding names (追究责任).
 *
 * @param findingId the finding the sanction answers, a finding of this inquiry
 * @param text the decision imposing it (文号, 内容)
 * @param imposedOn the business date it was imposed
 */
@Revision("1")
public record SanctionImposedEvent(
        InquiryId inquiryId,
        String findingId,
        SanctionKind kind,
        String text,
        LocalDate imposedOn) implements InquiryEvent {

    public SanctionImposedEvent {
        Objects.requireNonNull(inquiryId, "inquiryId");
        Objects.requireNonNull(findingId, "findingId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(imposedOn, "imposedOn");
    }

    @Override
    public LocalDate businessDate() {
        return imposedOn;
    }

    @Override
    public <R> R accept(InquiryEventCases<R> cases) {
        return cases.on(this);
    }
}
