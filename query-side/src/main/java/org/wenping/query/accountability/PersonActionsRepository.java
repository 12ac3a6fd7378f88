package org.wenping.query.accountability;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.springframework.stereotype.Repository;
import org.wenping.kernel.json.KernelJson;
import org.wenping.query.batch.BatchedWrites;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The person-actions read model, read only by {@code _id} equality and {@code $in} (the embedded server indexes
 * nothing else): {@code person_actions} holds one document per user and matter ({@code userId|matterId}),
 * {@code person_actions_users} the matter ids of each user, {@code person_actions_matters} each matter's title
 * and jurisdiction.
 */
@Repository
class PersonActionsRepository {
    static final String ACTIONS = "person_actions";
    static final String USERS = "person_actions_users";
    static final String MATTERS = "person_actions_matters";

    private final MongoCollection<Document> actions;
    private final MongoCollection<Document> users;
    private final MongoCollection<Document> matters;
    private final ObjectMapper json = KernelJson.newObjectMapper();

    PersonActionsRepository(MongoDatabase database) {
        this.actions = database.getCollection(ACTIONS);
        this.users = database.getCollection(USERS);
        this.matters = database.getCollection(MATTERS);
    }

    Optional<MatterRef> matter(String matterId) {
        return BatchedWrites.find(matters, matterId).map(d -> read(d, MatterRef.class));
    }

    void save(MatterRef matter) {
        replace(matters, matter.matterId(), matter);
    }

    Optional<PersonMatterActions> find(String userId, String matterId) {
        return BatchedWrites.find(actions, PersonMatterActions.key(userId, matterId))
                .map(d -> read(d, PersonMatterActions.class));
    }

    /** Saves the user's actions on a matter and lists the matter under the user; both idempotent. */
    void save(PersonMatterActions document) {
        replace(actions, document.id(), document);
        Document user = BatchedWrites.find(users, document.userId())
                .orElseGet(() -> new Document("_id", document.userId()).append("matterIds", List.of()));
        List<String> matterIds = new ArrayList<>(user.getList("matterIds", String.class));
        if (!matterIds.contains(document.matterId())) {
            matterIds.add(document.matterId());
            BatchedWrites.replace(users, document.userId(), new Document("_id", document.userId()).append("matterIds", matterIds));
        }
    }

    /** One {@code _id} lookup for the user's matters, then one {@code $in} for their documents. */
    List<PersonMatterActions> findByUser(String userId) {
        Document user = users.find(Filters.eq("_id", userId)).first();
        if (user == null) return List.of();
        List<String> keys = user.getList("matterIds", String.class).stream()
                .map(matterId -> PersonMatterActions.key(userId, matterId)).toList();
        List<PersonMatterActions> found = new ArrayList<>();
        actions.find(Filters.in("_id", keys)).forEach(d -> found.add(read(d, PersonMatterActions.class)));
        return found;
    }

    void deleteAll() {
        actions.deleteMany(new Document());
        users.deleteMany(new Document());
        matters.deleteMany(new Document());
    }

    private void replace(MongoCollection<Document> collection, String id, Object view) {
        @SuppressWarnings("unchecked")
        Map<String, Object> fields = json.convertValue(view, Map.class);
        Document document = new Document("_id", id);
        document.putAll(fields);
        BatchedWrites.replace(collection, id, document);
    }

    private <T> T read(Document stored, Class<T> type) {
        Document document = new Document(stored);
        document.remove("_id");
        return json.convertValue(document, type);
    }
}
