package org.wenping.query.registry;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import org.bson.Document;
import org.wenping.query.batch.BatchedWrites;
import org.wenping.query.batch.ViewDocuments;
import org.wenping.query.readmodel.ReadModel;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One registry's views, one document each, and its listing: a single document of the index collection, keyed by
 * the registry's name, holding every entry's id and jurisdiction in the order registered. Reads are {@code _id}
 * equality and {@code _id $in} only (the only reads the embedded server serves from an index). The listing only
 * ever gains entries, so saving again changes nothing; a batch writes it before the views, so a view found stored
 * is listed, and one cut off by a crash is projected again, since its version was never written.
 *
 * @param <V> the registry's view
 */
final class RegistryCollection<V extends RegistryEntry<V>> {
    private final ReadModel model;
    /** The collection of views, and the listing's id in the index collection. */
    private final String name;
    private final String index;
    private final Class<V> type;

    RegistryCollection(ReadModel model, String name, String index, Class<V> type) {
        this.model = model;
        this.name = name;
        this.index = index;
        this.type = type;
    }

    Optional<V> find(String id) {
        MongoCollection<Document> views = views();
        BatchedWrites.writeInOrder(index(), views);
        return BatchedWrites.find(views, id).map(d -> ViewDocuments.read(d, type));
    }

    void save(V view) {
        MongoCollection<Document> views = views();
        MongoCollection<Document> index = index();
        BatchedWrites.writeInOrder(index, views);
        List<Listed> listed = new ArrayList<>(listed(BatchedWrites.find(index, name)));
        if (listed.stream().noneMatch(entry -> entry.id().equals(view.id()))) {
            listed.add(new Listed(view.id(), view.jurisdiction()));
            BatchedWrites.replace(index, name, ViewDocuments.toDocument(name, new Listing(listed)));
        }
        BatchedWrites.replace(views, view.id(), ViewDocuments.toDocument(view.id(), view));
    }

    /** Every entry's id and jurisdiction, in the order registered: one {@code _id}. */
    List<Listed> listed() {
        return listed(Optional.ofNullable(index().find(Filters.eq("_id", name)).first()));
    }

    /** The views of {@code ids}, in that order: one {@code $in}. */
    List<V> findAll(List<String> ids) {
        if (ids.isEmpty()) return List.of();
        Map<String, V> byId = new HashMap<>();
        views().find(Filters.in("_id", ids)).forEach(d -> byId.put(d.getString("_id"), ViewDocuments.read(d, type)));
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    private MongoCollection<Document> views() {
        return model.collection(name);
    }

    private MongoCollection<Document> index() {
        return model.collection(index);
    }

    private List<Listed> listed(Optional<Document> stored) {
        return stored.map(d -> ViewDocuments.read(d, Listing.class).entries()).orElse(List.of());
    }

    /** An entry as the listing holds it: enough to scope it before reading it. */
    record Listed(String id, String jurisdiction) {
    }

    /** The stored shape of a registry's listing. */
    private record Listing(List<Listed> entries) {
    }
}
