package org.wenping.query.accountability;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.stereotype.Component;
import org.wenping.kernel.actor.Actor;
import org.wenping.kernel.actor.EventMetadata;
import org.wenping.kernel.matter.MatterEvent;
import org.wenping.kernel.matter.MatterRegisteredEvent;
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

    /** Only a registration differs: it also names the matter for the people who act on it later. */
    @EventHandler
    void on(MatterEvent event, EventMessage<?> message) {
        if (event instanceof MatterRegisteredEvent registered) {
            repository.save(new MatterRef(registered.matterId().value(), registered.title(),
                    registered.jurisdiction().value()));
        }
        record(event, message);
    }

    @ResetHandler
    void reset() {
        repository.deleteAll();
    }

    private void record(MatterEvent event, EventMessage<?> message) {
        Actor actor = EventMetadata.actorOf(message.getMetaData()).orElse(null);
        if (actor == null) return;
        PersonMatterActions current = repository.find(actor.userId(), event.recordId())
                .orElseGet(() -> firstActionOn(event.recordId(), actor));
        repository.save(current.with(action(event, message, actor)));
    }

    /** A person's first action on a matter: the only time the matter's title and jurisdiction are needed. */
    private PersonMatterActions firstActionOn(String matterId, Actor actor) {
        MatterRef matter = repository.matter(matterId).orElse(new MatterRef(matterId, null, null));
        return PersonMatterActions.start(actor.userId(), matterId, matter.title(), matter.jurisdiction());
    }

    private static PersonAction action(MatterEvent event, EventMessage<?> message, Actor actor) {
        long sequence = message instanceof DomainEventMessage<?> domain ? domain.getSequenceNumber() : -1;
        String type = event.getClass().getSimpleName();
        return new PersonAction(message.getIdentifier(), sequence, type, EventDescriptions.describe(event, type),
                event.businessDate(), message.getTimestamp(), actor.displayName(), actor.role().name(),
                actor.role().label(), actor.unit(),
                StepRules.satisfiedBy(event).stream().map(Rule::coded).toList(),
                StepRules.flags(event).stream().map(BreachKind::coded).toList());
    }
}
