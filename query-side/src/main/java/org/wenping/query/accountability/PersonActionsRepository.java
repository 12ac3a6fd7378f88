package org.wenping.query.accountability;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import org.bson.Document;
import org.springframework.stereotype.Repository;
import org.wenping.query.batch.BatchedWrites;
import org.wenping.query.batch.ViewDocuments;
import org.wenping.query.readmodel.ReadModel;
import org.wenping.query.readmodel.ReadModels;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The person-actions read model, read only by {@code _id} equality and {@code $in} (the embedded server indexes
 * nothing else):
 * <ul>
 *   <li>{@code person_actions}: one document per user and matter ({@code userId|matterId}), with the month it is
 *   listed in;</li>
 *   <li>{@code person_actions_months}: the user's matters by the month (UTC) of the user's first action on each,
 *   in the order they were first acted on ({@code userId|yyyy-MM}), so that no document grows without bound;</li>
 *   <li>{@code person_actions_users}: the months in which each user has a list;</li>
 *   <li>{@code person_actions_matters}: each matter's title and jurisdiction.</li>
 * </ul>
 * A batch writes these collections one after another, so a crash may leave some written and not others, and
 * the batch is then handled again. They are written in the order users, months, actions, matters, so a stored
 * actions document proves its matter is listed, and a stored month document proves its month is on the user;
 * only what those do not prove is read and written again.
 */
@Repository
class PersonActionsRepository {
    static final String ACTIONS = "person_actions";
    static final String MONTHS = "person_actions_months";
    static final String USERS = "person_actions_users";
    static final String MATTERS = "person_actions_matters";
    private static final String LISTED_IN = "listedIn";
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("uuuu-MM").withZone(ZoneOffset.UTC);

    private final ReadModel model;

    PersonActionsRepository(ReadModels readModels) {
        this.model = readModels.of(PersonActionsProjection.GROUP, ACTIONS, MONTHS, USERS, MATTERS);
    }

    Optional<MatterRef> matter(String matterId) {
        writeInOrder();
        return BatchedWrites.find(matters(), matterId).map(d -> read(d, MatterRef.class));
    }

    void save(MatterRef matter) {
        writeInOrder();
        BatchedWrites.replace(matters(), matter.matterId(), ViewDocuments.toDocument(matter.matterId(), matter));
    }

    Optional<PersonMatterActions> find(String userId, String matterId) {
        writeInOrder();
        return BatchedWrites.find(actions(), PersonMatterActions.key(userId, matterId))
                .map(d -> read(d, PersonMatterActions.class));
    }

    /** Saves the user's actions on a matter and lists the matter under the user; both idempotent. */
    void save(PersonMatterActions document) {
        writeInOrder();
        Optional<Document> stored = BatchedWrites.find(actions(), document.id());
        String listedIn = stored.map(d -> d.getString(LISTED_IN))
                .orElseGet(() -> MONTH.format(document.actions().get(0).recordedAt()));
        BatchedWrites.replace(actions(), document.id(), ViewDocuments.toDocument(document.id(), document).append(LISTED_IN, listedIn));
        if (stored.isEmpty()) {
            listUnder(document.userId(), listedIn, new ListedMatter(document.matterId(), document.jurisdiction()));
        }
    }

    private void listUnder(String userId, String month, ListedMatter matter) {
        String monthKey = userId + "|" + month;
        Optional<Document> monthList = BatchedWrites.find(months(), monthKey);
        if (monthList.isEmpty()) addMonth(userId, month);
        List<Document> listed = new ArrayList<>(monthList.map(d -> d.getList("matters", Document.class)).orElse(List.of()));
        if (listed.stream().noneMatch(entry -> entry.getString("matterId").equals(matter.matterId()))) {
            listed.add(new Document("matterId", matter.matterId()).append("jurisdiction", matter.jurisdiction()));
            BatchedWrites.replace(months(), monthKey, new Document("_id", monthKey).append("matters", listed));
        }
    }

    private void addMonth(String userId, String month) {
        List<String> userMonths = new ArrayList<>(BatchedWrites.find(users(), userId)
                .map(d -> d.getList("months", String.class)).orElse(List.of()));
        if (!userMonths.contains(month)) {
            userMonths.add(month);
            userMonths.sort(null);
            BatchedWrites.replace(users(), userId, new Document("_id", userId).append("months", userMonths));
        }
    }

    private void writeInOrder() {
        BatchedWrites.writeInOrder(users(), months(), actions(), matters());
    }

    /** The matters the user acted on, month by month in the order first acted on: one {@code _id}, one {@code $in}. */
    List<ListedMatter> listedFor(String userId) {
        Document user = users().find(Filters.eq("_id", userId)).first();
        if (user == null) return List.of();
        List<String> keys = user.getList("months", String.class).stream().map(month -> userId + "|" + month).toList();
        Map<String, Document> byKey = new HashMap<>();
        months().find(Filters.in("_id", keys)).forEach(d -> byKey.put(d.getString("_id"), d));
        List<ListedMatter> listed = new ArrayList<>();
        for (String key : keys) {
            Document month = byKey.get(key);
            if (month == null) continue;
            month.getList("matters", Document.class).forEach(entry ->
                    listed.add(new ListedMatter(entry.getString("matterId"), entry.getString("jurisdiction"))));
        }
        return listed;
    }

    /** The user's documents for {@code matterIds}, in that order: one {@code $in}. */
    List<PersonMatterActions> actionsOf(String userId, List<String> matterIds) {
        Map<String, PersonMatterActions> byKey = new HashMap<>();
        actions().find(Filters.in("_id", matterIds.stream().map(id -> PersonMatterActions.key(userId, id)).toList()))
                .forEach(d -> byKey.put(d.getString("_id"), read(d, PersonMatterActions.class)));
        return matterIds.stream().map(id -> byKey.get(PersonMatterActions.key(userId, id)))
                .filter(Objects::nonNull).toList();
    }

    /** Every matter of the user with its actions, for tests and small lists. */
    List<PersonMatterActions> findByUser(String userId) {
        return actionsOf(userId, listedFor(userId).stream().map(ListedMatter::matterId).toList());
    }

    void deleteAll() {
        model.reset();
    }

    private MongoCollection<Document> actions() {
        return model.collection(ACTIONS);
    }

    private MongoCollection<Document> months() {
        return model.collection(MONTHS);
    }

    private MongoCollection<Document> users() {
        return model.collection(USERS);
    }

    private MongoCollection<Document> matters() {
        return model.collection(MATTERS);
    }

    private static <T> T read(Document stored, Class<T> type) {
        return ViewDocuments.read(stored, type, LISTED_IN);
    }
}
