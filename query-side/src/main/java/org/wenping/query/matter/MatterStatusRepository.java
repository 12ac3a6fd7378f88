package org.wenping.query.matter;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import org.bson.Document;
import org.springframework.stereotype.Repository;
import org.wenping.kernel.json.KernelJson;
import org.wenping.query.batch.BatchedWrites;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/** The {@code matter_status} collection: one document per matter, keyed by the matter id. */
@Repository
class MatterStatusRepository {
    static final String COLLECTION = "matter_status";

    private final MongoCollection<Document> views;
    private final ObjectMapper json = KernelJson.newObjectMapper();
    private final MatterCatalog catalog;

    MatterStatusRepository(MongoDatabase database, MatterCatalog catalog) {
        this.views = database.getCollection(COLLECTION);
        this.catalog = catalog;
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
        return BatchedWrites.find(views, id).map(document -> toView(new Document(document)));
    }

    private MatterStatusView toView(Document document) {
        document.remove("_id");
        return json.convertValue(document, MatterStatusView.class);
    }

    void save(MatterStatusView view) {
        @SuppressWarnings("unchecked")
        Map<String, Object> fields = json.convertValue(view, Map.class);
        Document document = new Document("_id", view.id());
        document.putAll(fields);
        BatchedWrites.replace(views, view.id(), document);
        catalog.put(view);
    }

    void deleteAll() {
        views.deleteMany(new Document());
        catalog.clear();
    }
}
