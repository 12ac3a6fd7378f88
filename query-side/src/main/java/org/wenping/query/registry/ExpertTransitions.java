package org.wenping.query.registry;

import org.wenping.kernel.registry.AgencyId;
import org.wenping.kernel.registry.ExpertAffiliationsChangedEvent;
import org.wenping.kernel.registry.ExpertEventCases;
import org.wenping.kernel.registry.ExpertInterestDeclaredEvent;
import org.wenping.kernel.registry.ExpertRegisteredEvent;
import org.wenping.kernel.registry.ExpertRemovedEvent;

import java.util.List;
import java.util.Optional;

/**
 * What each expert event does to the {@link ExpertView} held so far: one case per event. An event whose expert was
 * never registered here changes nothing.
 */
final class ExpertTransitions implements ExpertEventCases<Optional<ExpertView>> {
    private final Optional<ExpertView> held;

    ExpertTransitions(Optional<ExpertView> held) {
        this.held = held;
    }

    @Override
    public Optional<ExpertView> on(ExpertRegisteredEvent e) {
        return Optional.of(new ExpertView(e.expertId().value(), -1, e.name(), e.specialty(), e.jurisdiction().value(),
                EntryStates.of(EntryState.ACTIVE), e.affiliatedUnits(), ids(e.affiliatedAgencies()), List.of(),
                e.registeredOn(), null, null));
    }

    @Override
    public Optional<ExpertView> on(ExpertAffiliationsChangedEvent e) {
        return held.map(view -> view.affiliatedWith(e.affiliatedUnits(), ids(e.affiliatedAgencies())));
    }

    @Override
    public Optional<ExpertView> on(ExpertInterestDeclaredEvent e) {
        return held.map(view -> view.declaring(new InterestView(e.matterId().value(), e.interest(), e.declaredOn())));
    }

    @Override
    public Optional<ExpertView> on(ExpertRemovedEvent e) {
        return held.map(view -> view.removed(new Retirement(e.reason(), e.removedOn())));
    }

    private static List<String> ids(List<AgencyId> agencies) {
        return agencies.stream().map(AgencyId::value).toList();
    }
}
