package org.wenping.query.matter;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.wenping.kernel.matter.*;

import java.time.Instant;
import java.util.function.UnaryOperator;

/**
 * The events that change nothing the status view shows but its version (the ETag clients send back) and
 * time of last change. Same processing group as {@link MatterStatusProjection}, so one token orders both.
 */
@Component
@ProcessingGroup(MatterStatusProjection.GROUP)
@Order(MatterStatusProjection.WRITES_FIRST)
class MatterStatusStamps {
    private final MatterStatusProjection status;

    MatterStatusStamps(MatterStatusProjection status) {
        this.status = status;
    }

    @EventHandler
    void on(AssessmentAgencyCommissionedEvent e, @SequenceNumber long sequence, @Timestamp Instant at) {
        status.update(e.matterId(), sequence, at, UnaryOperator.identity());
    }

    @EventHandler
    void on(OpinionsCollectedEvent e, @SequenceNumber long sequence, @Timestamp Instant at) {
        status.update(e.matterId(), sequence, at, UnaryOperator.identity());
    }

    @EventHandler
    void on(DimensionAnalysedEvent e, @SequenceNumber long sequence, @Timestamp Instant at) {
        status.update(e.matterId(), sequence, at, UnaryOperator.identity());
    }

    @EventHandler
    void on(ReportCompiledEvent e, @SequenceNumber long sequence, @Timestamp Instant at) {
        status.update(e.matterId(), sequence, at, UnaryOperator.identity());
    }

    @EventHandler
    void on(ReportReviewedEvent e, @SequenceNumber long sequence, @Timestamp Instant at) {
        status.update(e.matterId(), sequence, at, UnaryOperator.identity());
    }

    @EventHandler
    void on(ContingencyPlanPreparedEvent e, @SequenceNumber long sequence, @Timestamp Instant at) {
        status.update(e.matterId(), sequence, at, UnaryOperator.identity());
    }

    @EventHandler
    void on(EventCorrectedEvent e, @SequenceNumber long sequence, @Timestamp Instant at) {
        status.update(e.matterId(), sequence, at, UnaryOperator.identity());
    }
}
