package org.wenping.command.web;

import org.springframework.http.ResponseEntity;

import java.net.URI;
import java.util.Map;

/** The answer to an accepted command: the record's id and new version, the version also as ETag. */
public final class Accepted {
    private Accepted() {
    }

    public static ResponseEntity<Map<String, Object>> version(Object id, long version) {
        return ResponseEntity.ok().eTag(IfMatch.etag(version)).body(Map.of("id", id.toString(), "version", version));
    }

    /** The same, with one more member naming what the command created inside the record. */
    public static ResponseEntity<Map<String, Object>> version(Object id, long version, String key, Object value) {
        return ResponseEntity.ok().eTag(IfMatch.etag(version))
                .body(Map.of("id", id.toString(), "version", version, key, value));
    }

    /** 201 for a newly registered record at {@code collectionPath/id}, version 0. */
    public static ResponseEntity<Map<String, Object>> created(String collectionPath, Object id) {
        return ResponseEntity.created(URI.create(collectionPath + "/" + id)).eTag(IfMatch.etag(0))
                .body(Map.of("id", id.toString(), "version", 0));
    }

    /** The same, with one more member naming what the command created inside the record. */
    public static ResponseEntity<Map<String, Object>> created(String collectionPath, Object id, String key, Object value) {
        return ResponseEntity.created(URI.create(collectionPath + "/" + id)).eTag(IfMatch.etag(0))
                .body(Map.of("id", id.toString(), "version", 0, key, value));
    }
}
