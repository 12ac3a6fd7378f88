package org.wenping.ops.it;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackingToken;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/** A tracking projection that records every delivery: which position, which aggregate, which sequence. */
@ProcessingGroup(DeliveryProbe.GROUP)
class DeliveryProbe {
    static final String GROUP = "delivery-probe";

    final Map<Long, AtomicInteger> deliveriesByPosition = new ConcurrentHashMap<>();
    final Map<String, List<Long>> sequencesByAggregate = new ConcurrentHashMap<>();

    @EventHandler
    void on(Object payload, EventMessage<?> message, TrackingToken token) {
        long position = token.position().orElseThrow();
        deliveriesByPosition.computeIfAbsent(position, p -> new AtomicInteger()).incrementAndGet();
        if (message instanceof DomainEventMessage<?> domainEvent) {
            sequencesByAggregate.computeIfAbsent(domainEvent.getAggregateIdentifier(), a -> new CopyOnWriteArrayList<>())
                    .add(domainEvent.getSequenceNumber());
        }
    }

    int delivered() {
        return deliveriesByPosition.size();
    }
}
