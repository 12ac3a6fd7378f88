package org.wenping.kernel.matter;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Emitted when the 维稳办 records the receipt of a filing (报备): the reviewed report before the decision (审查报备,
 * R1) or the report and the decision after it (R6).
 *
 * @param stage which filing this receipt records
 * @param receiptNumber the 维稳办's receipt number
 * @param filedOn the business date the filing was received
 * @param filingDeadline for a {@link FilingStage#DECISION} filing, the deadline the decision set (R6); otherwise null
 * @param late whether the filing arrived after {@code filingDeadline} (迟报, R6)
 */
@Revision("1")
public record ReportFiledEvent(
        MatterId matterId,
        FilingStage stage,
        String receiptNumber,
        LocalDate filedOn,
        LocalDate filingDeadline,
        boolean late) implements MatterEvent {

    public ReportFiledEvent {
        Objects.requireNonNull(matterId, "matterId");
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(receiptNumber, "receiptNumber");
        Objects.requireNonNull(filedOn, "filedOn");
    }

    @Override
    public LocalDate businessDate() {
        return filedOn;
    }

    @Override
    public <R> R accept(MatterEventCases<R> cases) {
        return cases.on(this);
    }
}
