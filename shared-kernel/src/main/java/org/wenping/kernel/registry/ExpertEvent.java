package org.wenping.kernel.registry;

import org.wenping.kernel.RecordEvent;

/** Every event of an expert's stream in the 专家库: a switch over this family names each one. */
public sealed interface ExpertEvent extends RecordEvent
        permits ExpertAffiliationsChangedEvent, ExpertInterestDeclaredEvent, ExpertRegisteredEvent,
                ExpertRemovedEvent {
    ExpertId expertId();

    /** The case of {@code cases} for this event. */
    <R> R accept(ExpertEventCases<R> cases);

    @Override
    default String recordId() {
        return expertId().value();
    }
}
