package org.wenping.query.matter;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.springframework.stereotype.Repository;
import org.wenping.query.batch.BatchedWrites;
import org.wenping.query.batch.ViewDocuments;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** The {@code matter_status} collection: one document per matter, keyed by the matter id. */
@Repository
class MatterStatusRepository {
    static final String COLLECTION = "matter_status";
    /**
     * {@code lastChangedAt} again, with all nine fraction digits, so that the stored strings sort as the
     * instants do (Jackson writes ISO-8601 with as few fraction digits as it needs, and "…00Z" sorts after "…00.500Z").
     */
    static final String LAST_CHANGED_KEY = "lastChangedKey";
    private static final DateTimeFormatter NANOS = new DateTimeFormatterBuilder()
            .appendPattern("uuuu-MM-dd'T'HH:mm:ss").appendFraction(ChronoField.NANO_OF_SECOND, 9, 9, true)
            .appendLiteral('Z').toFormatter().withZone(ZoneOffset.UTC);

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
        document.put(LAST_CHANGED_KEY, NANOS.format(view.progress().lastChangedAt()));
        BatchedWrites.replace(views, view.id(), document);
        if (listing == ListingSource.CATALOG) catalog.put(view);
    }

    void deleteAll() {
        views.deleteMany(new Document());
        catalog.clear();
    }
}
