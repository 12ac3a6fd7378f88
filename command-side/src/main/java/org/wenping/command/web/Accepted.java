package org.wenping.command.web;

import org.springframework.http.ResponseEntity;

import java.util.Map;

/** The answer to an accepted command: the record's id and new version, the version also as ETag. */
public final class Accepted {
    private Accepted() {
    }

    public static ResponseEntity<Map<String, Object>> version(Object id, long version) {
        return ResponseEntity.ok().eTag(IfMatch.etag(version)).body(Map.of("id", id.toString(), "version", version));
    }
}
