package org.wenping.query.matter;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.springframework.stereotype.Repository;
import org.wenping.query.batch.BatchedWrites;
import org.wenping.query.batch.ViewDocuments;
import org.wenping.query.listing.SortableInstant;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** The {@code matter_status} collection: one document per matter, keyed by the matter id. */
@Repository
class MatterStatusRepository {
    static final String COLLECTION = "matter_status";
    /** {@code lastChangedAt} again, as a {@link SortableInstant}. */
    static final String LAST_CHANGED_KEY = "lastChangedKey";

    private final MongoCollection<Document> views;
    private final MatterCatalog catalog;
    private final ListingSource listing;

    MatterStatusRepository(MongoDatabase database, MatterCatalog catalog, ListingSource listing) {
        this.views = database.getCollection(COLLECTION);
        this.catalog = catalog;
        this.listing = listing;
    }

    /** Every view, for lists: from memory after the first call, which reads the collection once. */
    Stream<MatterStatusView> all() {
        return catalog.all(() -> {
            List<MatterStatusView> loaded = new ArrayList<>();
            for (Document document : views.find()) loaded.add(toView(document));
            return loaded;
        });
    }

    Optional<MatterStatusView> findById(String id) {
        return BatchedWrites.find(views, id).map(this::toView);
    }

    MatterStatusView toView(Document document) {
        return ViewDocuments.read(document, MatterStatusView.class, LAST_CHANGED_KEY);
    }

    void save(MatterStatusView view) {
        Document document = ViewDocuments.toDocument(view.id(), view);
        document.put(LAST_CHANGED_KEY, SortableInstant.format(view.progress().lastChangedAt()));
        BatchedWrites.replace(views, view.id(), document);
        if (listing == ListingSource.CATALOG) catalog.put(view);
    }

    void deleteAll() {
        views.deleteMany(new Document());
        catalog.clear();
    }
}
