package org.wenping.kernel.lists;

import org.wenping.kernel.RecordEvent;

/** Every event of a yearly list's stream (年度评估计划表): a switch over this family names each one. */
public sealed interface AssessmentListEvent extends RecordEvent
        permits AssessmentListCompiledEvent, AssessmentListFiledEvent, ListItemAddedEvent, ListItemWithdrawnEvent {
    AssessmentListId listId();

    @Override
    default String recordId() {
        return listId().value();
    }
}
