package org.wenping.ops.store;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How long each recently used stream was when this process last saw it: a hint that sizes the first
 * lookup of the next load. Never trusted for correctness — the walk always reads on until a key is
 * missing — and dropped wholesale when it grows large.
 */
final class StreamLengths {
    private static final int MAX_STREAMS = 200_000;

    private final Map<String, Long> lengths = new ConcurrentHashMap<>();

    void seen(String aggregateId, long length) {
        if (lengths.size() >= MAX_STREAMS) lengths.clear();
        lengths.merge(aggregateId, length, Math::max);
    }

    Optional<Long> knownLength(String aggregateId) {
        return Optional.ofNullable(lengths.get(aggregateId));
    }
}
