package org.wenping.query.matter;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import org.bson.Document;
import org.springframework.stereotype.Repository;
import org.wenping.kernel.json.KernelJson;

import java.util.Map;
import java.util.Optional;

/** The {@code matter_status} collection: one document per matter, keyed by the matter id. */
@Repository
class MatterStatusRepository {
    static final String COLLECTION = "matter_status";

    private final MongoCollection<Document> views;
    private final ObjectMapper json = KernelJson.newObjectMapper();

    MatterStatusRepository(MongoDatabase database) {
        this.views = database.getCollection(COLLECTION);
    }

    Optional<MatterStatusView> findById(String id) {
        Document document = views.find(Filters.eq("_id", id)).first();
        if (document == null) return Optional.empty();
        document.remove("_id");
        return Optional.of(json.convertValue(document, MatterStatusView.class));
    }

    void save(MatterStatusView view) {
        @SuppressWarnings("unchecked")
        Map<String, Object> fields = json.convertValue(view, Map.class);
        Document document = new Document("_id", view.id());
        document.putAll(fields);
        views.replaceOne(Filters.eq("_id", view.id()), document, new ReplaceOptions().upsert(true));
    }

    void deleteAll() {
        views.deleteMany(new Document());
    }
}
