package org.wenping.kernel.registry;

import org.wenping.kernel.RecordEvent;

/** Every event of an expert's stream in the 专家库: a switch over this family names each one. */
public sealed interface ExpertEvent extends RecordEvent
        permits ExpertAffiliationsChangedEvent, ExpertInterestDeclaredEvent, ExpertRegisteredEvent,
                ExpertRemovedEvent {
    ExpertId expertId();

    @Override
    default String recordId() {
        return expertId().value();
    }
}
