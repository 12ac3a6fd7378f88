package org.wenping.query.readmodel;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.wenping.query.batch.RetainedDocuments;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/**
 * Every projection's {@link ReadModel} and where its slots point. The pointer of each projection is one document in
 * {@code read_model_slots}, written before it changes in memory: a restart, and every other application instance
 * ({@link #refresh}), reads the slots readers were moved to. Moving readers is a change of that one document, so on
 * a real replica set every collection of a projection changes at once, on each instance within one refresh.
 */
@Component
public class ReadModels {
    static final String POINTERS = "read_model_slots";
    /** The pointer's record of the collections the slot readers read was built with. */
    private static final String COLLECTIONS = "collections";

    private final MongoDatabase database;
    private final MongoCollection<Document> pointers;
    private final Map<String, ReadModel> models = new ConcurrentHashMap<>();
    private final RetainedDocuments retained;

    /** Read models whose projections keep no documents between batches. */
    public ReadModels(MongoDatabase database) {
        this(database, RetainedDocuments.NONE);
    }

    /** Read models whose projections keep documents between batches in {@code retained}; a reset forgets them. */
    @Autowired
    public ReadModels(MongoDatabase database, RetainedDocuments retained) {
        this.database = database;
        this.pointers = database.getCollection(POINTERS);
        this.retained = retained;
    }

    /** The read model of {@code projection} (its processing group), made of these collections among others. */
    public ReadModel of(String projection, String... collections) {
        ReadModel model = models.computeIfAbsent(projection, name -> new ReadModel(name, database, stored(name), retained));
        model.add(collections);
        return model;
    }

    /**
     * The projection writes the slot readers do not read from now on; its reset handler empties that slot. Call it
     * with the projection's processor stopped. A projection without a read model (no collections) is left as it is.
     */
    public void beginRebuild(String projection) {
        change(projection, Slots::rebuilt);
    }

    /** Readers move to the slot the rebuild filled, every collection of the projection at once. */
    public void swap(String projection) {
        if (rebuilding(projection)) change(projection, Slots::swapped);
    }

    public boolean rebuilding(String projection) {
        ReadModel model = models.get(projection);
        return model != null && model.slots().rebuilding();
    }

    /** Takes up the slots another instance moved to: one read of a small collection. */
    public void refresh() {
        pointers.find().forEach(pointer -> {
            ReadModel model = models.get(pointer.getString("_id"));
            if (model != null) model.follow(slots(pointer));
        });
    }

    /**
     * Whether the slot readers read was built with other collections than {@code projection}'s read model has now:
     * by an older release, or before the collections were recorded. A projection without a read model never is.
     */
    public boolean builtWithOtherCollections(String projection) {
        ReadModel model = models.get(projection);
        if (model == null) return false;
        Document pointer = pointers.find(Filters.eq("_id", projection)).first();
        return pointer == null || !collectionsOf(model).equals(pointer.getList(COLLECTIONS, String.class));
    }

    /** Records that the slot readers read holds the read model's collections as they are now: its first build, or an offline rebuild. */
    public void recordCollections(String projection) {
        ReadModel model = models.get(projection);
        if (model == null) return;
        Slots now = model.slots();
        pointers.updateOne(Filters.eq("_id", projection), Updates.combine(Updates.set(COLLECTIONS, collectionsOf(model)),
                        Updates.setOnInsert("live", now.live()), Updates.setOnInsert("written", now.written()),
                        Updates.setOnInsert("revision", now.revision())), new UpdateOptions().upsert(true));
    }

    /** Every collection of every read model, in one slot's names (the database role lists these and their second slot). */
    public List<String> collections() {
        return models.values().stream().flatMap(model -> model.collections().stream()).sorted().toList();
    }

    /** The collection {@code name} as readers read it now, whichever projection owns it (for tools and tests). */
    public MongoCollection<Document> live(String name) {
        return models.values().stream().filter(model -> model.collections().contains(name)).findFirst()
                .map(model -> model.live(name)).orElseThrow(() -> new NoSuchElementException(name));
    }

    private synchronized void change(String projection, UnaryOperator<Slots> next) {
        ReadModel model = models.get(projection);
        if (model == null) return;
        Slots changed = next.apply(model.slots());
        List<Bson> updates = new ArrayList<>(List.of(Updates.set("live", changed.live()),
                Updates.set("written", changed.written()), Updates.set("revision", changed.revision())));
        // Readers move to a slot this release filled: it holds the collections as they are now.
        if (!changed.rebuilding()) updates.add(Updates.set(COLLECTIONS, collectionsOf(model)));
        pointers.updateOne(Filters.eq("_id", projection), Updates.combine(updates), new UpdateOptions().upsert(true));
        model.follow(changed);
    }

    private static List<String> collectionsOf(ReadModel model) {
        return model.collections().stream().sorted().toList();
    }

    private Slots stored(String projection) {
        Document pointer = pointers.find(Filters.eq("_id", projection)).first();
        return pointer == null ? Slots.FIRST : slots(pointer);
    }

    private static Slots slots(Document pointer) {
        return new Slots(pointer.getInteger("live"), pointer.getInteger("written"), pointer.getLong("revision"));
    }
}
