package org.wenping.kernel.matter;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Emitted when an unstable incident connected with the matter is reported (集体上访, 群体性事件 …; seed 004 篇3). An
 * incident during 跟踪 also re-opens the assessment (R7).
 *
 * @param headcount how many people took part
 * @param occurredOn the business date the incident happened
 */
@Revision("1")
public record IncidentReportedEvent(
        MatterId matterId,
        IncidentForm form,
        int headcount,
        LocalDate occurredOn,
        String place,
        String description) implements MatterEvent {

    public IncidentReportedEvent {
        Objects.requireNonNull(matterId, "matterId");
        Objects.requireNonNull(form, "form");
        Objects.requireNonNull(occurredOn, "occurredOn");
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(description, "description");
    }

    @Override
    public LocalDate businessDate() {
        return occurredOn;
    }

    @Override
    public <R> R accept(MatterEventCases<R> cases) {
        return cases.on(this);
    }
}
