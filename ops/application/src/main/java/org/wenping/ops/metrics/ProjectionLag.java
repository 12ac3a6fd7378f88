package org.wenping.ops.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.wenping.ops.replay.ProjectionRebuilds;

/** {@code wenping.projection.lag{processor=…}}: how many positions each projection trails the store's durable head. */
@Component
class ProjectionLag {
    private final ProjectionRebuilds projections;
    private final MeterRegistry meters;

    ProjectionLag(ProjectionRebuilds projections, MeterRegistry meters) {
        this.projections = projections;
        this.meters = meters;
    }

    /** The processors exist once Axon has started, so the gauges are registered then. */
    @EventListener(ApplicationReadyEvent.class)
    void registerGauges() {
        for (String projection : projections.projections()) {
            Gauge.builder("wenping.projection.lag", () -> projections.lag(projection))
                    .description("投影落后于事件存储持久化头部的位置数").tag("processor", projection)
                    .baseUnit("events").register(meters);
        }
    }
}
