package org.wenping.kernel.registry;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Emitted when an expert leaves the 专家库 (出库); the expert sits on no further panel.
 *
 * @param removedOn the business date of removal
 */
@Revision("1")
public record ExpertRemovedEvent(
        ExpertId expertId,
        String reason,
        LocalDate removedOn) implements ExpertEvent {

    public ExpertRemovedEvent {
        Objects.requireNonNull(expertId, "expertId");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(removedOn, "removedOn");
    }

    @Override
    public LocalDate businessDate() {
        return removedOn;
    }

    @Override
    public <R> R accept(ExpertEventCases<R> cases) {
        return cases.on(this);
    }
}
