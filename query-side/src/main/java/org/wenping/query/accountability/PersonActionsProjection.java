package org.wenping.query.accountability;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.stereotype.Component;
import org.wenping.kernel.RecordEvent;
import org.wenping.kernel.actor.Actor;
import org.wenping.kernel.actor.EventMetadata;
import org.wenping.kernel.legalcase.CaseEvent;
import org.wenping.kernel.matter.MatterEvent;

/**
 * Every action of every person, per record (matter or case), from the actor each event's metadata names (R9).
 * Idempotent: an action is keyed by its event's identifier, so a redelivered event changes nothing.
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
    void on(MatterEvent event, EventMessage<?> message) {
        record(StepRules.MATTERS, event, message);
    }

    /** 谁办理、谁评估、谁化解: a case's 承办人, 分管领导 and 主要领导 each find their own steps here. */
    @EventHandler
    void on(CaseEvent event, EventMessage<?> message) {
        record(CaseJudge.CASES, event, message);
    }

    @ResetHandler
    void reset() {
        repository.deleteAll();
    }

    /** Only the opening event differs: it also names the record for the people who act on it later. */
    private <E extends RecordEvent> void record(RecordJudge<E> judge, E event, EventMessage<?> message) {
        judge.family().opening(event).ifPresent(opening -> repository.save(
                new MatterRef(opening.recordId(), opening.title(), opening.jurisdiction().value())));
        Actor actor = EventMetadata.actorOf(message.getMetaData()).orElse(null);
        if (actor == null) return;
        PersonMatterActions current = repository.find(actor.userId(), event.recordId())
                .orElseGet(() -> firstActionOn(judge, event.recordId(), actor));
        repository.save(current.with(action(judge, event, message, actor)));
    }

    /** A person's first action on a record: the only time the record's title and jurisdiction are needed. */
    private PersonMatterActions firstActionOn(RecordJudge<?> judge, String recordId, Actor actor) {
        MatterRef record = repository.matter(recordId).orElse(new MatterRef(recordId, null, null));
        return PersonMatterActions.start(actor.userId(), recordId, record.title(), record.jurisdiction(),
                judge.family().kind());
    }

    private static <E extends RecordEvent> PersonAction action(RecordJudge<E> judge, E event, EventMessage<?> message,
                                                               Actor actor) {
        long sequence = message instanceof DomainEventMessage<?> domain ? domain.getSequenceNumber() : -1;
        Shown shown = judge.shown(event);
        return new PersonAction(message.getIdentifier(), sequence, event.getClass().getSimpleName(),
                judge.family().describe(event), event.businessDate(), message.getTimestamp(), actor.displayName(),
                actor.role().name(), actor.role().label(), actor.unit(),
                shown.satisfied().stream().map(Rule::coded).toList(),
                shown.flags().stream().map(BreachKind::coded).toList());
    }
}
