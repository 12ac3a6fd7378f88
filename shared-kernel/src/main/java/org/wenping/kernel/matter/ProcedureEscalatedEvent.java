package org.wenping.kernel.matter;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Emitted when a matter leaves 简易程序 for 普通程序 (R3): automatically, alongside a grade that is not low, or when
 * the responsible unit escalates it.
 *
 * @param escalatedOn the business date of the escalation
 */
@Revision("1")
public record ProcedureEscalatedEvent(
        MatterId matterId,
        Procedure from,
        Procedure to,
        String reason,
        LocalDate escalatedOn) implements MatterEvent {

    public ProcedureEscalatedEvent {
        Objects.requireNonNull(matterId, "matterId");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(escalatedOn, "escalatedOn");
    }

    @Override
    public LocalDate businessDate() {
        return escalatedOn;
    }

    @Override
    public <R> R accept(MatterEventCases<R> cases) {
        return cases.on(this);
    }
}
