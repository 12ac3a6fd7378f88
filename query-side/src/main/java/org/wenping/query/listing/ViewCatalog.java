package org.wenping.query.listing;

import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;
import java.util.stream.Stream;

/**
 * Status views held in memory for filtered, sorted lists. The embedded MongoDB server answers no secondary-index
 * query without reading every document, so lists are served from here: loaded once from the collection, then kept
 * current by every save of the projection. It is itself a projection: thrown away with the collection and rebuilt
 * with it.
 */
public class ViewCatalog<V> {
    private final Map<String, V> views = new ConcurrentHashMap<>();
    private final Function<V, String> id;
    private final ToLongFunction<V> version;
    private volatile boolean loaded;

    public ViewCatalog(Function<V, String> id, ToLongFunction<V> version) {
        this.id = id;
        this.version = version;
    }

    /** Keeps the newer of two versions of a view, so a late load never overwrites a fresher save. */
    public void put(V view) {
        views.merge(id.apply(view), view,
                (held, offered) -> version.applyAsLong(offered) >= version.applyAsLong(held) ? offered : held);
    }

    public String idOf(V view) {
        return id.apply(view);
    }

    public Stream<V> all(Supplier<Collection<V>> loadAll) {
        if (!loaded) {
            synchronized (this) {
                if (!loaded) {
                    loadAll.get().forEach(this::put);
                    loaded = true;
                }
            }
        }
        return views.values().stream();
    }
}
