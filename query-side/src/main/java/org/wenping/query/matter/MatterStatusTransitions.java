package org.wenping.query.matter;

import org.wenping.kernel.actor.Actor;
import org.wenping.kernel.matter.*;

import java.time.Instant;
import java.util.Optional;

/**
 * What each matter event does to the status view, one case per event: a matter event added to the kernel does
 * not compile until it has a case here. An event that changes nothing shown keeps the view as it is (the
 * projection still stamps it with the event's version). Without a view, only a registration opens one.
 */
final class MatterStatusTransitions implements MatterEventCases<Optional<MatterStatusView>> {
    private final Optional<MatterStatusView> held;
    private final Actor recordedBy;
    private final Instant recordedAt;

    MatterStatusTransitions(Optional<MatterStatusView> held, Actor recordedBy, Instant recordedAt) {
        this.held = held;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    @Override
    public Optional<MatterStatusView> on(MatterRegisteredEvent event) {
        return Optional.of(MatterStatusView.registered(event, recordedBy, recordedAt));
    }

    @Override
    public Optional<MatterStatusView> on(AssessmentPlanDraftedEvent event) {
        return held.map(view -> view.planned(event.dueBy()));
    }

    @Override
    public Optional<MatterStatusView> on(RiskGradedEvent event) {
        return held.map(view -> view.graded(event.level()));
    }

    @Override
    public Optional<MatterStatusView> on(ProcedureEscalatedEvent event) {
        return held.map(view -> view.escalated(event.to()));
    }

    /** Only the filing after the decision (R6) shows; the review's filing before it (R1) does not. */
    @Override
    public Optional<MatterStatusView> on(ReportFiledEvent event) {
        if (event.stage() != FilingStage.DECISION) return held;
        return held.map(view -> view.decisionFiled(event.filedOn(), event.late()));
    }

    @Override
    public Optional<MatterStatusView> on(DecisionMadeEvent event) {
        return held.map(view -> view.decided(event));
    }

    @Override
    public Optional<MatterStatusView> on(MitigationMeasureAdoptedEvent event) {
        return held.map(view -> view.measureAdopted(event.measureId(), event.dueBy()));
    }

    @Override
    public Optional<MatterStatusView> on(MitigationMeasureCompletedEvent event) {
        return held.map(view -> view.measureCompleted(event.measureId()));
    }

    @Override
    public Optional<MatterStatusView> on(TrackingReportSubmittedEvent event) {
        return held.map(MatterStatusView::trackingReported);
    }

    @Override
    public Optional<MatterStatusView> on(IncidentReportedEvent event) {
        return held.map(view -> view.incidentOn(event.occurredOn()));
    }

    @Override
    public Optional<MatterStatusView> on(ReassessmentOpenedEvent event) {
        return held.map(MatterStatusView::reassessing);
    }

    @Override
    public Optional<MatterStatusView> on(MatterClosedEvent event) {
        return held.map(view -> view.closed(event.closedOn()));
    }

    // The events below change nothing the view shows: the projection only stamps their version on it.

    @Override
    public Optional<MatterStatusView> on(AssessmentAgencyCommissionedEvent event) {
        return held;
    }

    @Override
    public Optional<MatterStatusView> on(OpinionsCollectedEvent event) {
        return held;
    }

    @Override
    public Optional<MatterStatusView> on(DimensionAnalysedEvent event) {
        return held;
    }

    @Override
    public Optional<MatterStatusView> on(ReportCompiledEvent event) {
        return held;
    }

    @Override
    public Optional<MatterStatusView> on(ReportReviewedEvent event) {
        return held;
    }

    @Override
    public Optional<MatterStatusView> on(ContingencyPlanPreparedEvent event) {
        return held;
    }

    @Override
    public Optional<MatterStatusView> on(EventCorrectedEvent event) {
        return held;
    }
}
