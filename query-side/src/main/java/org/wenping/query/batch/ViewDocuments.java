package org.wenping.query.batch;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import org.bson.Document;
import org.wenping.kernel.json.KernelJson;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Read-model records to stored documents and back, with the kernel's Jackson setup (ISO dates). */
public final class ViewDocuments {
    private static final ObjectMapper JSON = KernelJson.newObjectMapper();

    private ViewDocuments() {
    }

    /** The record's fields as a document with {@code _id} = {@code id}. */
    public static Document toDocument(String id, Object view) {
        @SuppressWarnings("unchecked")
        Map<String, Object> fields = JSON.convertValue(view, Map.class);
        Document document = new Document("_id", id);
        document.putAll(fields);
        return document;
    }

    /** The records stored under {@code ids}, in no particular order: one {@code $in} on {@code _id}. */
    public static <T> List<T> readAll(MongoCollection<Document> collection, Collection<String> ids, Class<T> type) {
        List<T> found = new ArrayList<>();
        collection.find(Filters.in("_id", ids)).forEach(document -> found.add(read(document, type)));
        return found;
    }

    /** The record a stored document holds, leaving out {@code _id} and the keys only the store needs. */
    public static <T> T read(Document stored, Class<T> type, String... storedOnlyKeys) {
        Document document = new Document(stored);
        document.remove("_id");
        for (String key : storedOnlyKeys) document.remove(key);
        return JSON.convertValue(document, type);
    }
}
