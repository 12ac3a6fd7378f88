package org.wenping.query.listing;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexModel;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.wenping.query.batch.BatchedWrites;
import org.wenping.query.batch.ViewDocuments;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * One status view per record in its own collection, keyed by the record id: written through {@link BatchedWrites}
 * (in bulk during replay), mirrored in a {@link ViewCatalog} when the lists are served from memory, and read by
 * {@code _id}, by the whole catalog, or (on a real MongoDB) by an indexed query. The matters' and the cases' stores
 * are this with their own view type.
 */
public class StatusViewStore<V> {
    /**
     * {@code lastChangedAt} again, as a {@link SortableInstant}, so that the list can be ordered by it on an index.
     */
    public static final String LAST_CHANGED_KEY = "lastChangedKey";

    private final MongoCollection<Document> views;
    private final ViewCatalog<V> catalog;
    private final boolean keepsCatalog;
    private final Class<V> type;
    private final Function<V, String> id;
    private final Function<V, Instant> lastChanged;

    /** {@code keepsCatalog}: whether every save also goes to the catalog (lists served from memory). */
    protected StatusViewStore(MongoCollection<Document> views, ViewCatalog<V> catalog, boolean keepsCatalog,
                              Class<V> type, Function<V, String> id, Function<V, Instant> lastChanged) {
        this.views = views;
        this.catalog = catalog;
        this.keepsCatalog = keepsCatalog;
        this.type = type;
        this.id = id;
        this.lastChanged = lastChanged;
    }

    /** Every view, for lists: from memory after the first call, which reads the collection once. */
    public Stream<V> all() {
        return catalog.all(() -> read(views.find()));
    }

    public Optional<V> findById(String viewId) {
        return BatchedWrites.find(views, viewId).map(this::toView);
    }

    public V toView(Document document) {
        return ViewDocuments.read(document, type, LAST_CHANGED_KEY);
    }

    public void save(V view) {
        Document document = ViewDocuments.toDocument(id.apply(view), view);
        document.put(LAST_CHANGED_KEY, SortableInstant.format(lastChanged.apply(view)));
        BatchedWrites.replace(views, id.apply(view), document);
        if (keepsCatalog) catalog.put(view);
    }

    public void deleteAll() {
        views.deleteMany(new Document());
        catalog.clear();
    }

    /** Declares the indexes the indexed listing needs (a real MongoDB; the embedded server ignores them). */
    public void declare(List<IndexModel> indexes) {
        views.createIndexes(indexes);
    }

    /** The views inside a jurisdiction prefix, straight from the collection. */
    public List<V> within(String prefix) {
        return read(views.find(JurisdictionPrefix.query(prefix)));
    }

    /** How many views {@code query} matches over all pages, and one page of them in {@code order}. */
    public ListPage<V> page(Bson query, ListOrder<V> order, int page, int size) {
        long total = views.countDocuments(query);
        List<V> items = read(views.find(query).sort(order.mongoSort())
                .skip(Math.toIntExact(Math.min((long) page * size, Integer.MAX_VALUE))).limit(size));
        return new ListPage<>(items, total);
    }

    private List<V> read(Iterable<Document> documents) {
        List<V> read = new ArrayList<>();
        for (Document document : documents) read.add(toView(document));
        return read;
    }

    /** One page of views and the number matching over all pages. */
    public record ListPage<V>(List<V> items, long total) {
    }
}
