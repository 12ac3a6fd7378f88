package org.wenping.kernel.matter;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Emitted when a contingency plan (应急预案) for the matter is prepared or revised (seeds 000, 004 篇3 (八)).
 *
 * @param preparedOn the business date the plan was adopted
 */
@Revision("1")
public record ContingencyPlanPreparedEvent(
        MatterId matterId,
        String title,
        String summary,
        LocalDate preparedOn) implements MatterEvent {

    public ContingencyPlanPreparedEvent {
        Objects.requireNonNull(matterId, "matterId");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(preparedOn, "preparedOn");
    }

    @Override
    public LocalDate businessDate() {
        return preparedOn;
    }

    @Override
    public <R> R accept(MatterEventCases<R> cases) {
        return cases.on(this);
    }
}
