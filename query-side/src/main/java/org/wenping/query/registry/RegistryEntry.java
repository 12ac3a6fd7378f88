package org.wenping.query.registry;

import java.time.Instant;

/**
 * What the listing and the projection need of either registry's view.
 *
 * @param <V> the view itself
 */
interface RegistryEntry<V extends RegistryEntry<V>> {
    String id();

    /** The sequence number of the entry's last event applied, the projection's idempotency mark. */
    long version();

    /** The jurisdiction whose registry holds the entry, which scopes every read of it. */
    String jurisdiction();

    V stamped(long sequence, Instant at);
}
