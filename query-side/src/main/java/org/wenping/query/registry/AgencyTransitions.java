package org.wenping.query.registry;

import org.wenping.kernel.registry.AgencyDeregisteredEvent;
import org.wenping.kernel.registry.AgencyEventCases;
import org.wenping.kernel.registry.AgencyRegisteredEvent;

import java.util.Optional;

/**
 * What each agency event does to the {@link AgencyView} held so far: one case per event. An event whose agency was
 * never registered here changes nothing.
 */
final class AgencyTransitions implements AgencyEventCases<Optional<AgencyView>> {
    private final Optional<AgencyView> held;

    AgencyTransitions(Optional<AgencyView> held) {
        this.held = held;
    }

    @Override
    public Optional<AgencyView> on(AgencyRegisteredEvent e) {
        return Optional.of(new AgencyView(e.agencyId().value(), -1, e.name(), e.creditCode(), e.jurisdiction().value(),
                EntryStates.of(EntryState.ACTIVE), e.registeredOn(), null, null));
    }

    @Override
    public Optional<AgencyView> on(AgencyDeregisteredEvent e) {
        return held.map(view -> view.deregistered(new Retirement(e.reason(), e.deregisteredOn())));
    }
}
