package org.wenping.query.accountability;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.stereotype.Component;
import org.wenping.kernel.actor.Actor;
import org.wenping.kernel.actor.EventMetadata;
import org.wenping.kernel.matter.AssessmentAgencyCommissionedEvent;
import org.wenping.kernel.matter.AssessmentPlanDraftedEvent;
import org.wenping.kernel.matter.ContingencyPlanPreparedEvent;
import org.wenping.kernel.matter.DecisionMadeEvent;
import org.wenping.kernel.matter.DimensionAnalysedEvent;
import org.wenping.kernel.matter.EventCorrectedEvent;
import org.wenping.kernel.matter.IncidentReportedEvent;
import org.wenping.kernel.matter.MatterClosedEvent;
import org.wenping.kernel.matter.MatterRegisteredEvent;
import org.wenping.kernel.matter.MitigationMeasureAdoptedEvent;
import org.wenping.kernel.matter.MitigationMeasureCompletedEvent;
import org.wenping.kernel.matter.OpinionsCollectedEvent;
import org.wenping.kernel.matter.ProcedureEscalatedEvent;
import org.wenping.kernel.matter.ReassessmentOpenedEvent;
import org.wenping.kernel.matter.ReportCompiledEvent;
import org.wenping.kernel.matter.ReportFiledEvent;
import org.wenping.kernel.matter.ReportReviewedEvent;
import org.wenping.kernel.matter.RiskGradedEvent;
import org.wenping.kernel.matter.TrackingReportSubmittedEvent;
import org.wenping.kernel.matter.MatterId;
import org.wenping.query.dossier.BusinessDate;
import org.wenping.query.dossier.EventDescriptions;

/**
 * Every action of every person, per matter, from the actor each event's metadata names (R9). Idempotent: an
 * action is keyed by its event's identifier, so a redelivered event changes nothing.
 */
@Component
@ProcessingGroup(PersonActionsProjection.GROUP)
class PersonActionsProjection {
    static final String GROUP = "person-actions";

    private final PersonActionsRepository repository;

    PersonActionsProjection(PersonActionsRepository repository) {
        this.repository = repository;
    }

    @EventHandler
    void on(MatterRegisteredEvent event, EventMessage<?> message) {
        repository.save(new MatterRef(event.matterId().value(), event.title(), event.jurisdiction().value()));
        record(event.matterId(), event, message);
    }

    @EventHandler
    void on(AssessmentPlanDraftedEvent event, EventMessage<?> message) {
        record(event.matterId(), event, message);
    }

    @EventHandler
    void on(AssessmentAgencyCommissionedEvent event, EventMessage<?> message) {
        record(event.matterId(), event, message);
    }

    @EventHandler
    void on(OpinionsCollectedEvent event, EventMessage<?> message) {
        record(event.matterId(), event, message);
    }

    @EventHandler
    void on(DimensionAnalysedEvent event, EventMessage<?> message) {
        record(event.matterId(), event, message);
    }

    @EventHandler
    void on(RiskGradedEvent event, EventMessage<?> message) {
        record(event.matterId(), event, message);
    }

    @EventHandler
    void on(ReportCompiledEvent event, EventMessage<?> message) {
        record(event.matterId(), event, message);
    }

    @EventHandler
    void on(ReportReviewedEvent event, EventMessage<?> message) {
        record(event.matterId(), event, message);
    }

    @EventHandler
    void on(ReportFiledEvent event, EventMessage<?> message) {
        record(event.matterId(), event, message);
    }

    @EventHandler
    void on(DecisionMadeEvent event, EventMessage<?> message) {
        record(event.matterId(), event, message);
    }

    @EventHandler
    void on(MitigationMeasureAdoptedEvent event, EventMessage<?> message) {
        record(event.matterId(), event, message);
    }

    @EventHandler
    void on(MitigationMeasureCompletedEvent event, EventMessage<?> message) {
        record(event.matterId(), event, message);
    }

    @EventHandler
    void on(ContingencyPlanPreparedEvent event, EventMessage<?> message) {
        record(event.matterId(), event, message);
    }

    @EventHandler
    void on(TrackingReportSubmittedEvent event, EventMessage<?> message) {
        record(event.matterId(), event, message);
    }

    @EventHandler
    void on(IncidentReportedEvent event, EventMessage<?> message) {
        record(event.matterId(), event, message);
    }

    @EventHandler
    void on(ReassessmentOpenedEvent event, EventMessage<?> message) {
        record(event.matterId(), event, message);
    }

    @EventHandler
    void on(MatterClosedEvent event, EventMessage<?> message) {
        record(event.matterId(), event, message);
    }

    @EventHandler
    void on(EventCorrectedEvent event, EventMessage<?> message) {
        record(event.matterId(), event, message);
    }

    @EventHandler
    void on(ProcedureEscalatedEvent event, EventMessage<?> message) {
        record(event.matterId(), event, message);
    }

    @ResetHandler
    void reset() {
        repository.deleteAll();
    }

    private void record(MatterId matterId, Object event, EventMessage<?> message) {
        Actor actor = EventMetadata.actorOf(message.getMetaData()).orElse(null);
        if (actor == null) return;
        PersonMatterActions current = repository.find(actor.userId(), matterId.value())
                .orElseGet(() -> firstActionOn(matterId, actor));
        repository.save(current.with(action(event, message, actor)));
    }

    /** A person's first action on a matter: the only time the matter's title and jurisdiction are needed. */
    private PersonMatterActions firstActionOn(MatterId matterId, Actor actor) {
        MatterRef matter = repository.matter(matterId.value()).orElse(new MatterRef(matterId.value(), null, null));
        return PersonMatterActions.start(actor.userId(), matterId.value(), matter.title(), matter.jurisdiction());
    }

    private static PersonAction action(Object event, EventMessage<?> message, Actor actor) {
        long sequence = message instanceof DomainEventMessage<?> domain ? domain.getSequenceNumber() : -1;
        String type = event.getClass().getSimpleName();
        return new PersonAction(message.getIdentifier(), sequence, type, EventDescriptions.describe(event, type),
                BusinessDate.of(event), message.getTimestamp(), actor.displayName(), actor.role().name(),
                actor.role().label(), actor.unit(),
                StepRules.satisfiedBy(event).stream().map(Rule::coded).toList(),
                StepRules.flags(event).stream().map(BreachKind::coded).toList());
    }
}
