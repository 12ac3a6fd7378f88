package org.wenping.kernel.matter;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Emitted when a matter is closed after its decision and tracking; its dossier is then sealed (一事一档, seed
 * 003). Corrections and late filings may still arrive.
 *
 * @param closedOn the business date of closure
 */
@Revision("1")
public record MatterClosedEvent(
        MatterId matterId,
        String summary,
        LocalDate closedOn) implements MatterEvent {

    public MatterClosedEvent {
        Objects.requireNonNull(matterId, "matterId");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(closedOn, "closedOn");
    }

    @Override
    public LocalDate businessDate() {
        return closedOn;
    }

    @Override
    public <R> R accept(MatterEventCases<R> cases) {
        return cases.on(this);
    }
}
