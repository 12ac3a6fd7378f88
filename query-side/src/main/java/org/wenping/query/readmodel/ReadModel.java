package org.wenping.query.readmodel;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexModel;
import org.bson.Document;
import org.wenping.query.batch.RetainedDocuments;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

/**
 * One projection's collections and in-process indexes, in two slots ({@link Slots}). Readers are given the live
 * slot; the projection's own event handling ({@link ProjectionWriting}) the slot it writes. A rebuild writes the
 * other slot while readers keep the live one, and readers change slots all at once when {@link ReadModels} swaps.
 * Repositories resolve a collection on every use and never hold one.
 */
public final class ReadModel {
    private final String projection;
    private final MongoDatabase database;
    private final Set<String> collections = ConcurrentHashMap.newKeySet();
    private final Map<String, List<IndexModel>> indexes = new ConcurrentHashMap<>();
    private final List<PerSlot<?>> perSlot = new CopyOnWriteArrayList<>();
    private final RetainedDocuments retained;
    private volatile Slots slots;

    ReadModel(String projection, MongoDatabase database, Slots slots, RetainedDocuments retained) {
        this.projection = projection;
        this.database = database;
        this.slots = slots;
        this.retained = retained;
    }

    /** The collection {@code name} of the slot the caller reads: the written one inside the projection's handling. */
    public MongoCollection<Document> collection(String name) {
        if (!collections.contains(name)) throw new IllegalArgumentException(projection + " has no collection " + name);
        return inSlot(name, slot());
    }

    /**
     * An in-process object kept per slot (a catalog of the slot's documents), given out as {@link #collection} gives
     * out collections, and started afresh when its slot is emptied.
     */
    public <T> Supplier<T> perSlot(Supplier<T> create) {
        PerSlot<T> held = new PerSlot<>(create);
        perSlot.add(held);
        return () -> held.in(slot());
    }

    /** Declares indexes on the collection in the slots in use, and in a slot when a rebuild starts filling it. */
    public void declare(String collection, List<IndexModel> models) {
        indexes.put(collection, List.copyOf(models));
        Slots now = slots;
        declareIn(now.live());
        if (now.rebuilding()) declareIn(now.written());
    }

    /** Empties the slot being written, its collections and its in-process objects: what a reset handler does. */
    public void reset() {
        int slot = slots.written();
        List<MongoCollection<Document>> emptied = collections.stream().map(name -> inSlot(name, slot)).toList();
        emptied.forEach(collection -> collection.deleteMany(new Document()));
        retained.forget(emptied.stream().map(collection -> collection.getNamespace().getFullName()).toList());
        perSlot.forEach(held -> held.forget(slot));
    }

    String projection() {
        return projection;
    }

    Set<String> collections() {
        return collections;
    }

    Slots slots() {
        return slots;
    }

    void add(String... names) {
        collections.addAll(List.of(names));
    }

    /** Takes up newer slots; a rebuild's slot gets its indexes before the projection writes to it. */
    synchronized void follow(Slots next) {
        if (next.revision() <= slots.revision()) return;
        if (next.rebuilding()) declareIn(next.written());
        slots = next;
    }

    MongoCollection<Document> live(String name) {
        return inSlot(name, slots.live());
    }

    private int slot() {
        Slots now = slots;
        return ProjectionWriting.writes(projection) ? now.written() : now.live();
    }

    private MongoCollection<Document> inSlot(String name, int slot) {
        return database.getCollection(Slots.collectionName(name, slot));
    }

    private void declareIn(int slot) {
        indexes.forEach((name, models) -> inSlot(name, slot).createIndexes(models));
    }

    private static final class PerSlot<T> {
        private final Supplier<T> create;
        private final Map<Integer, T> bySlot = new ConcurrentHashMap<>();

        PerSlot(Supplier<T> create) {
            this.create = create;
        }

        T in(int slot) {
            return bySlot.computeIfAbsent(slot, any -> create.get());
        }

        void forget(int slot) {
            bySlot.remove(slot);
        }
    }
}
