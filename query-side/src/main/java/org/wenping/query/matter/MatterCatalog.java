package org.wenping.query.matter;

import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The status views held in memory for filtered, sorted lists. The embedded MongoDB server answers no
 * secondary-index query without reading every document, so lists are served from here: loaded once
 * from {@code matter_status}, then kept current by every save of the projection. It is itself a
 * projection: thrown away with the collection and rebuilt with it.
 */
@Component
class MatterCatalog {
    private final Map<String, MatterStatusView> views = new ConcurrentHashMap<>();
    private volatile boolean loaded;

    /** Keeps the newer of two versions of a view, so a late load never overwrites a fresher save. */
    void put(MatterStatusView view) {
        views.merge(view.id(), view, (held, offered) -> offered.version() >= held.version() ? offered : held);
    }

    void clear() {
        views.clear();
    }

    Stream<MatterStatusView> all(Supplier<Collection<MatterStatusView>> loadAll) {
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
