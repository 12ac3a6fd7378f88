package org.wenping.kernel.registry;

import org.wenping.kernel.RecordEvent;

/** Every event of an assessment agency's stream (评估机构): a switch over this family names each one. */
public sealed interface AgencyEvent extends RecordEvent
        permits AgencyDeregisteredEvent, AgencyRegisteredEvent {
    AgencyId agencyId();

    /** The case of {@code cases} for this event. */
    <R> R accept(AgencyEventCases<R> cases);

    @Override
    default String recordId() {
        return agencyId().value();
    }
}
