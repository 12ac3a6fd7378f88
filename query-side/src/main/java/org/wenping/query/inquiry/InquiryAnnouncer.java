package org.wenping.query.inquiry;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.wenping.kernel.inquiry.InquiryEvent;
import org.wenping.query.live.WatchMattersQuery;

/**
 * Tells live subscribers of the subject's jurisdiction that an inquiry was opened, found, sanctioned or concluded
 * (the SSE event {@code inquiry}): a side effect, so never while the group replays. It runs after the projection
 * in the same group and batch, and reads the view just written.
 */
@Component
@ProcessingGroup(InquiryProjection.GROUP)
@DisallowReplay
@Order(InquiryProjection.WRITES_FIRST + 1)
class InquiryAnnouncer {
    private final QueryUpdateEmitter updates;
    private final InquiryRepository inquiries;

    InquiryAnnouncer(QueryUpdateEmitter updates, InquiryRepository inquiries) {
        this.updates = updates;
        this.inquiries = inquiries;
    }

    @EventHandler
    void on(InquiryEvent event, @SequenceNumber long sequence) {
        if (!WatchMattersQuery.watched(updates)) return;
        inquiries.find(event.recordId())
                .filter(view -> view.version() == sequence)
                .ifPresent(view -> updates.emit(WatchMattersQuery.class,
                        query -> query.covers(view.jurisdiction()), view));
    }
}
