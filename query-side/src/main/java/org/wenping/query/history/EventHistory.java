package org.wenping.query.history;

import java.util.List;

/** Reads the stored events of one aggregate in sequence order; implemented by the event store in ops. */
public interface EventHistory {
    List<HistoryEntry> of(String aggregateId);
}
