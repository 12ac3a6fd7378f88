package org.wenping.kernel.matter;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Emitted when the responsible unit sets down how the matter will be assessed (制定评估方案, seed 000):
 * what is assessed, by which methods and standards, by when, and which units take part. A later plan
 * for the same matter supersedes the earlier one; both stay on record.
 *
 * @param draftedOn the business date the plan was adopted
 */
@Revision("1")
public record AssessmentPlanDraftedEvent(
        MatterId matterId,
        String scope,
        List<String> methods,
        String standards,
        LocalDate dueBy,
        List<String> unitsInvolved,
        LocalDate draftedOn) implements MatterEvent {

    public AssessmentPlanDraftedEvent {
        Objects.requireNonNull(matterId, "matterId");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(dueBy, "dueBy");
        Objects.requireNonNull(draftedOn, "draftedOn");
        methods = List.copyOf(methods);
        unitsInvolved = List.copyOf(unitsInvolved);
    }

    @Override
    public LocalDate businessDate() {
        return draftedOn;
    }

    @Override
    public <R> R accept(MatterEventCases<R> cases) {
        return cases.on(this);
    }
}
