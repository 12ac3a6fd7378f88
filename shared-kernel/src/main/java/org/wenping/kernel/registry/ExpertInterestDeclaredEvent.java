package org.wenping.kernel.registry;

import org.axonframework.serialization.Revision;
import org.wenping.kernel.matter.MatterId;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Emitted when an expert declares an interest in a matter (利害关系); the expert may not sit on that matter's
 * review panel (R5 回避).
 *
 * @param declaredOn the business date of the declaration
 */
@Revision("1")
public record ExpertInterestDeclaredEvent(
        ExpertId expertId,
        MatterId matterId,
        String interest,
        LocalDate declaredOn) implements ExpertEvent {

    public ExpertInterestDeclaredEvent {
        Objects.requireNonNull(expertId, "expertId");
        Objects.requireNonNull(matterId, "matterId");
        Objects.requireNonNull(interest, "interest");
        Objects.requireNonNull(declaredOn, "declaredOn");
    }

    @Override
    public LocalDate businessDate() {
        return declaredOn;
    }

    @Override
    public <R> R accept(ExpertEventCases<R> cases) {
        return cases.on(this);
    }
}
