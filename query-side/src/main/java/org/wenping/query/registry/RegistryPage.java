package org.wenping.query.registry;

import java.util.List;

/** One page of a registry and how many of its entries the reader may see in all. */
record RegistryPage<V>(List<V> items, int page, int size, long total) {
}
