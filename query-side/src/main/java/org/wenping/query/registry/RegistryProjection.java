package org.wenping.query.registry;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.stereotype.Component;
import org.wenping.kernel.RecordEvent;
import org.wenping.kernel.registry.AgencyEvent;
import org.wenping.kernel.registry.ExpertEvent;

import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;

/**
 * Projects each agency's and each expert's events onto its view, every event of a family through one handler and
 * its transitions. Idempotent: an event at or below the view's version has been applied already.
 */
@Component
@ProcessingGroup(RegistryProjection.GROUP)
class RegistryProjection {
    static final String GROUP = "registries";

    private final RegistryReadModel model;

    RegistryProjection(RegistryReadModel model) {
        this.model = model;
    }

    @EventHandler
    void on(AgencyEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        apply(model.agencies(), event, held -> event.accept(new AgencyTransitions(held)), sequence, at);
    }

    @EventHandler
    void on(ExpertEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        apply(model.experts(), event, held -> event.accept(new ExpertTransitions(held)), sequence, at);
    }

    private static <V extends RegistryEntry<V>> void apply(RegistryCollection<V> registry, RecordEvent event,
                                                           Function<Optional<V>, Optional<V>> transition,
                                                           long sequence, Instant at) {
        Optional<V> held = registry.find(event.recordId());
        if (held.isPresent() && held.get().version() >= sequence) return;
        transition.apply(held).map(view -> view.stamped(sequence, at)).ifPresent(registry::save);
    }

    @ResetHandler
    void reset() {
        model.deleteAll();
    }
}
