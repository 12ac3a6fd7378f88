package org.wenping.kernel.matter;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Emitted when a tracking report on the implementation is submitted (全程跟踪, seed 002): what happened and
 * whether the risks are under control.
 *
 * @param reportedOn the business date of the report
 */
@Revision("1")
public record TrackingReportSubmittedEvent(
        MatterId matterId,
        String summary,
        boolean risksUnderControl,
        LocalDate reportedOn) implements MatterEvent {

    public TrackingReportSubmittedEvent {
        Objects.requireNonNull(matterId, "matterId");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(reportedOn, "reportedOn");
    }

    @Override
    public LocalDate businessDate() {
        return reportedOn;
    }

    @Override
    public <R> R accept(MatterEventCases<R> cases) {
        return cases.on(this);
    }
}
