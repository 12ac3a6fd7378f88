package org.wenping.query.legalcase;

import org.wenping.kernel.actor.Actor;
import org.wenping.kernel.legalcase.*;

import java.time.Instant;
import java.util.Optional;

/**
 * What each case event does to the status view, one case per event: a case event added to the kernel does not
 * compile until it has a case here. An event that changes nothing shown keeps the view (the projection still stamps
 * its version). Without a view, only a listing opens one.
 */
final class CaseStatusTransitions implements CaseEventCases<Optional<CaseStatusView>> {
    private final Optional<CaseStatusView> held;
    private final Actor recordedBy;
    private final Instant recordedAt;

    CaseStatusTransitions(Optional<CaseStatusView> held, Actor recordedBy, Instant recordedAt) {
        this.held = held;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    @Override
    public Optional<CaseStatusView> on(CaseListedEvent event) {
        return Optional.of(CaseStatusView.listed(event, recordedBy, recordedAt));
    }

    @Override
    public Optional<CaseStatusView> on(CaseDimensionAssessedEvent event) {
        return held.map(view -> view.assessed(event.dimension()));
    }

    @Override
    public Optional<CaseStatusView> on(CaseRiskGradedEvent event) {
        return held.map(view -> view.graded(event.level(), event.gradedOn()));
    }

    @Override
    public Optional<CaseStatusView> on(CaseMeasureAdoptedEvent event) {
        return held.map(CaseStatusView::measureAdopted);
    }

    @Override
    public Optional<CaseStatusView> on(CaseMeasureCompletedEvent event) {
        return held.map(CaseStatusView::measureCompleted);
    }

    @Override
    public Optional<CaseStatusView> on(CaseRiskResolvedEvent event) {
        return held.map(view -> view.resolved(event.resolvedOn()));
    }

    @Override
    public Optional<CaseStatusView> on(CaseRulingMadeEvent event) {
        return held.map(view -> view.ruled(event));
    }

    @Override
    public Optional<CaseStatusView> on(CaseStageChangedEvent event) {
        return held.map(view -> view.inStage(event.to()));
    }

    @Override
    public Optional<CaseStatusView> on(CaseVisitRecordedEvent event) {
        return held.map(CaseStatusView::visited);
    }

    @Override
    public Optional<CaseStatusView> on(CaseClosedEvent event) {
        return held.map(view -> view.closed(event.closedOn()));
    }

    @Override
    public Optional<CaseStatusView> on(PersonalDataErasedEvent event) {
        return held.map(view -> view.personErased(event.keyId()));
    }

    @Override
    public Optional<CaseStatusView> on(PersonalDataRestrictedEvent event) {
        return held.map(view -> view.personRestricted(event.keyId(), event.readableBy()));
    }

    // The events below change nothing the view shows: the projection only stamps their version on it.

    @Override
    public Optional<CaseStatusView> on(CaseOpinionsCollectedEvent event) {
        return held;
    }

    @Override
    public Optional<CaseStatusView> on(CaseReportCompiledEvent event) {
        return held;
    }

    @Override
    public Optional<CaseStatusView> on(CaseEventCorrectedEvent event) {
        return held;
    }
}
