package org.wenping.query.matter;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.MetaData;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.wenping.kernel.actor.EventMetadata;
import org.wenping.kernel.matter.*;

import java.time.Instant;
import java.util.function.UnaryOperator;

import static org.wenping.query.matter.MatterStage.*;

/**
 * Projects each matter's events onto its {@link MatterStatusView}. Idempotent: an event at or below the
 * view's version has been applied already and is skipped.
 */
@Component
@ProcessingGroup(MatterStatusProjection.GROUP)
@Order(MatterStatusProjection.WRITES_FIRST)
class MatterStatusProjection {
    static final String GROUP = "matter-status";
    /** Handler order inside the group: the writers, then {@link MatterStatusAnnouncer}, which reads what they wrote. */
    static final int WRITES_FIRST = 0;

    private final MatterStatusRepository views;

    MatterStatusProjection(MatterStatusRepository views) {
        this.views = views;
    }

    @EventHandler
    void on(MatterRegisteredEvent e, MetaData metaData, @Timestamp Instant at) {
        views.save(new MatterStatusView(e.matterId().value(), e.title(), e.category().name(), e.domain(),
                e.responsibleUnit(), e.decisionAuthority(), e.jurisdiction().value(), e.procedure().name(),
                e.assessorMode().name(), e.gradingScheme().name(), e.registeredOn(), at,
                EventMetadata.actorOf(metaData).orElse(null), REGISTERED, REGISTERED.label(), null,
                null, null, null, false, null, null, false, 0, 0, 0, null, 0, at));
    }

    @EventHandler
    void on(AssessmentPlanDraftedEvent e, @SequenceNumber long sequence, @Timestamp Instant at) {
        update(e.matterId(), sequence, at, d -> {
            d.assessmentDueBy = e.dueBy();
            return d.stage == REGISTERED ? d.stage(ASSESSING) : d;
        });
    }

    @EventHandler
    void on(RiskGradedEvent e, @SequenceNumber long sequence, @Timestamp Instant at) {
        update(e.matterId(), sequence, at, d -> {
            d.riskLevel = e.level().name();
            return d.stage(GRADED);
        });
    }

    @EventHandler
    void on(ProcedureEscalatedEvent e, @SequenceNumber long sequence, @Timestamp Instant at) {
        update(e.matterId(), sequence, at, d -> {
            d.procedure = e.to().name();
            return d;
        });
    }

    @EventHandler
    void on(DecisionMadeEvent e, @SequenceNumber long sequence, @Timestamp Instant at) {
        update(e.matterId(), sequence, at, d -> {
            d.decision = e.decision().name();
            d.decidedOn = e.decidedOn();
            d.assessmentNotUsed = e.assessmentNotUsed();
            d.filingDeadline = e.filingDeadline();
            d.decisionFiledOn = null;
            d.decisionFiledLate = false;
            return d.stage(DECIDED);
        });
    }

    @EventHandler
    void on(ReportFiledEvent e, @SequenceNumber long sequence, @Timestamp Instant at) {
        update(e.matterId(), sequence, at, d -> {
            if (e.stage() == FilingStage.DECISION) {
                d.decisionFiledOn = e.filedOn();
                d.decisionFiledLate = e.late();
            }
            return d;
        });
    }

    @EventHandler
    void on(MitigationMeasureAdoptedEvent e, @SequenceNumber long sequence, @Timestamp Instant at) {
        update(e.matterId(), sequence, at, d -> {
            d.openMeasures++;
            return d.stage == DECIDED ? d.stage(TRACKING) : d;
        });
    }

    @EventHandler
    void on(MitigationMeasureCompletedEvent e, @SequenceNumber long sequence, @Timestamp Instant at) {
        update(e.matterId(), sequence, at, d -> {
            d.openMeasures = Math.max(0, d.openMeasures - 1);
            return d;
        });
    }

    @EventHandler
    void on(TrackingReportSubmittedEvent e, @SequenceNumber long sequence, @Timestamp Instant at) {
        update(e.matterId(), sequence, at, d -> d.stage == DECIDED ? d.stage(TRACKING) : d);
    }

    @EventHandler
    void on(IncidentReportedEvent e, @SequenceNumber long sequence, @Timestamp Instant at) {
        update(e.matterId(), sequence, at, d -> {
            d.incidents++;
            if (d.decidedOn != null && !e.occurredOn().isBefore(d.decidedOn)) d.incidentsAfterDecision++;
            return d;
        });
    }

    @EventHandler
    void on(ReassessmentOpenedEvent e, @SequenceNumber long sequence, @Timestamp Instant at) {
        update(e.matterId(), sequence, at, d -> d.stage(REASSESSING));
    }

    @EventHandler
    void on(MatterClosedEvent e, @SequenceNumber long sequence, @Timestamp Instant at) {
        update(e.matterId(), sequence, at, d -> {
            d.closedOn = e.closedOn();
            return d.stage(CLOSED);
        });
    }

    @ResetHandler
    void reset() {
        views.deleteAll();
    }

    /** Applies a change once: only an event newer than the view moves it. */
    void update(MatterId id, long sequence, Instant at, UnaryOperator<MatterStatusDraft> change) {
        views.findById(id.value())
                .filter(view -> view.version() < sequence)
                .map(view -> view.after(sequence, at, change))
                .ifPresent(views::save);
    }
}
