package org.wenping.command.matter;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.wenping.command.domain.Recorded;
import org.wenping.command.domain.BusinessDates;
import org.wenping.kernel.matter.ContingencyPlanPreparedEvent;
import org.wenping.kernel.matter.DecisionMadeEvent;
import org.wenping.kernel.matter.IncidentReportedEvent;
import org.wenping.kernel.matter.MatterClosedEvent;
import org.wenping.kernel.matter.MatterId;
import org.wenping.kernel.matter.MatterRegisteredEvent;
import org.wenping.kernel.matter.MitigationMeasureAdoptedEvent;
import org.wenping.kernel.matter.MitigationMeasureCompletedEvent;
import org.wenping.kernel.matter.ReassessmentOpenedEvent;
import org.wenping.kernel.matter.ReassessmentTrigger;
import org.wenping.kernel.matter.TrackingReportSubmittedEvent;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The 跟踪 stage of a matter: mitigation measures, contingency plans, tracking reports and incidents, and
 * the re-assessment an incident or a new major risk causes (R7).
 */
class MatterTracking {
    private MatterId matterId;
    private boolean decided;
    private boolean underTracking;
    private boolean closed;
    /** Adopted measures by id: whether each was carried out. */
    private Map<String, Boolean> measuresCompleted = new HashMap<>();

    @CommandHandler
    long handle(AdoptMitigationMeasureCommand command) {
        requireActive("adoptedOn", command.adoptedOn());
        return Recorded.apply(new MitigationMeasureAdoptedEvent(matterId, command.measureId(), command.description(),
                command.responsibleUnit(), command.responsiblePerson(), command.dueBy(), command.adoptedOn()));
    }

    @CommandHandler
    long handle(CompleteMitigationMeasureCommand command) {
        requireActive("completedOn", command.completedOn());
        Boolean completed = measuresCompleted.get(command.measureId());
        if (completed == null) throw StepOutOfOrderException.unknownMeasure(command.measureId());
        if (completed) throw StepOutOfOrderException.measureAlreadyCompleted(command.measureId());
        return Recorded.apply(new MitigationMeasureCompletedEvent(matterId, command.measureId(), command.outcome(),
                command.completedOn()));
    }

    @CommandHandler
    long handle(PrepareContingencyPlanCommand command) {
        requireActive("preparedOn", command.preparedOn());
        return Recorded.apply(new ContingencyPlanPreparedEvent(matterId, command.title(), command.summary(), command.preparedOn()));
    }

    @CommandHandler
    long handle(SubmitTrackingReportCommand command) {
        requireActive("reportedOn", command.reportedOn());
        if (!decided) throw StepOutOfOrderException.notDecided();
        return Recorded.apply(new TrackingReportSubmittedEvent(matterId, command.summary(), command.risksUnderControl(),
                command.reportedOn()));
    }

    /** An incident is always recorded; R7: during 跟踪 it also re-opens 评估/定级, in the same step. */
    @CommandHandler
    long handle(ReportIncidentCommand command) {
        requireActive("occurredOn", command.occurredOn());
        apply(new IncidentReportedEvent(matterId, command.form(), command.headcount(), command.occurredOn(),
                command.place(), command.description()));
        if (underTracking) {
            apply(new ReassessmentOpenedEvent(matterId, ReassessmentTrigger.INCIDENT, "跟踪期间发生"
                    + command.form().label() + "(" + command.headcount() + "人),须重新评估定级(R7)", command.occurredOn()));
        }
        return AggregateLifecycle.getVersion();
    }

    /** R7: a new major risk during 跟踪 re-opens 评估/定级; the decision may then be adjusted. */
    @CommandHandler
    long handle(OpenReassessmentCommand command) {
        requireActive("openedOn", command.openedOn());
        if (!underTracking) {
            throw new ReassessmentNotApplicableException(decided ? "事项已在重新评估中" : "事项尚未作出决策,评估仍在进行");
        }
        return Recorded.apply(new ReassessmentOpenedEvent(matterId, ReassessmentTrigger.NEW_MAJOR_RISK, command.reason(),
                command.openedOn()));
    }

    /** Whether a 化解矛盾方案 with assigned responsibility is on record (R2, ABC level B). */
    boolean resolutionPlanInPlace() {
        return !measuresCompleted.isEmpty();
    }

    private void requireActive(String dateField, LocalDate businessDate) {
        if (closed) throw StepOutOfOrderException.closed();
        BusinessDates.requireNotInFuture(dateField, businessDate);
    }

    @EventSourcingHandler
    void on(MatterRegisteredEvent event) {
        matterId = event.matterId();
    }

    @EventSourcingHandler
    void on(MitigationMeasureAdoptedEvent event) {
        measuresCompleted.put(event.measureId(), false);
    }

    @EventSourcingHandler
    void on(MitigationMeasureCompletedEvent event) {
        measuresCompleted.put(event.measureId(), true);
    }

    @EventSourcingHandler
    void on(DecisionMadeEvent event) {
        decided = true;
        underTracking = true;
    }

    @EventSourcingHandler
    void on(ReassessmentOpenedEvent event) {
        underTracking = false;
    }

    @EventSourcingHandler
    void on(MatterClosedEvent event) {
        closed = true;
        underTracking = false;
    }
}
