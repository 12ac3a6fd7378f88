package org.wenping.query.listing;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexModel;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.wenping.query.batch.BatchedWrites;
import org.wenping.query.batch.ViewDocuments;
import org.wenping.query.readmodel.ReadModel;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * One status view per record in its own collection, keyed by the record id: written through {@link BatchedWrites}
 * (in bulk during replay), mirrored in a {@link ViewCatalog} when the lists are served from memory, and read by
 * {@code _id}, by the whole catalog, or (on a real MongoDB) by an indexed query. The matters' and the cases' stores
 * are this with their own view type. The collection and the catalog are the {@link ReadModel}'s, one of each per
 * slot, so a rebuild fills a new catalog along with the new collection.
 */
public class StatusViewStore<V> {
    /**
     * {@code lastChangedAt} again, as a {@link SortableInstant}, so that the list can be ordered by it on an index.
     */
    public static final String LAST_CHANGED_KEY = "lastChangedKey";

    private static final int CATALOG_BATCH = 1000;
    private final ReadModel model;
    private final String collection;
    private final Supplier<ViewCatalog<V>> catalog;
    private final boolean keepsCatalog;
    private final Class<V> type;
    private final Function<V, Instant> lastChanged;

    /**
     * {@code collection}: the read model's collection of views; {@code newCatalog}: an empty catalog, which also keys
     * the views; {@code keepsCatalog}: whether every save also goes to the catalog (lists served from memory).
     */
    protected StatusViewStore(ReadModel model, String collection, Supplier<ViewCatalog<V>> newCatalog,
                              boolean keepsCatalog, Class<V> type, Function<V, Instant> lastChanged) {
        this.model = model;
        this.collection = collection;
        this.catalog = model.perSlot(newCatalog);
        this.keepsCatalog = keepsCatalog;
        this.type = type;
        this.lastChanged = lastChanged;
    }

    /** Every view, for lists: from memory after the first call, which reads the collection once. */
    public Stream<V> all() {
        // In batches: the whole collection in one reply (107 MB for 100 000 matters) exceeds the driver's 48 MB limit.
        return catalog.get().all(() -> read(views().find().batchSize(CATALOG_BATCH)));
    }

    /** Loads the catalog now, if the lists are served from memory, so that no reader waits for its first load. */
    public void warm() {
        if (keepsCatalog) all();
    }

    public Optional<V> findById(String viewId) {
        return BatchedWrites.find(views(), viewId).map(this::toView);
    }

    public V toView(Document document) {
        return ViewDocuments.read(document, type, LAST_CHANGED_KEY);
    }

    public void save(V view) {
        ViewCatalog<V> held = catalog.get();
        String id = held.idOf(view);
        Document document = ViewDocuments.toDocument(id, view);
        document.put(LAST_CHANGED_KEY, SortableInstant.format(lastChanged.apply(view)));
        BatchedWrites.replace(views(), id, document);
        if (keepsCatalog) held.put(view);
    }

    /** Empties the slot the projection writes: its collection and its catalog. */
    public void deleteAll() {
        model.reset();
    }

    /** Declares the indexes the indexed listing needs (a real MongoDB; the embedded server ignores them). */
    public void declare(List<IndexModel> indexes) {
        model.declare(collection, indexes);
    }

    /**
     * The views whose jurisdiction ({@code jurisdictionOf}) starts with {@code prefix}, in no order: from the catalog
     * when the lists are served from memory, else through the jurisdiction index of the collection.
     */
    public Stream<V> visibleWithin(String prefix, Function<V, String> jurisdictionOf) {
        if (!keepsCatalog) return within(prefix).stream();
        return all().filter(view -> {
            String code = jurisdictionOf.apply(view);
            return code != null && code.startsWith(prefix);
        });
    }

    /** The views inside a jurisdiction prefix, straight from the collection. */
    public List<V> within(String prefix) {
        return read(views().find(JurisdictionPrefix.query(prefix)));
    }

    /** How many views {@code query} matches over all pages, and one page of them in {@code order}. */
    public ListPage<V> page(Bson query, ListOrder<V> order, int page, int size) {
        MongoCollection<Document> views = views();
        long total = views.countDocuments(query);
        List<V> items = read(views.find(query).sort(order.mongoSort())
                .skip(Math.toIntExact(Math.min((long) page * size, Integer.MAX_VALUE))).limit(size));
        return new ListPage<>(items, total);
    }

    private MongoCollection<Document> views() {
        return model.collection(collection);
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
