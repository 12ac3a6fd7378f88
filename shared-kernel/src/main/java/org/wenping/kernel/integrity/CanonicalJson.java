package org.wenping.kernel.integrity;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * JSON in one fixed spelling, so that the same content always hashes the same: object members sorted
 * by name (UTF-16 code unit order, as {@link String#compareTo}), no insignificant white space, strings
 * escaped as Jackson writes them, integers in plain decimal, floating-point numbers as
 * {@link Double#toString}. Arrays keep their order. Members are sorted as they are written
 * ({@link JsonNodeFeature#WRITE_PROPERTIES_SORTED}, at every depth), so the tree is never copied.
 */
public final class CanonicalJson {
    private static final ObjectMapper WRITER = JsonMapper.builder()
            .enable(JsonNodeFeature.WRITE_PROPERTIES_SORTED)
            .build();

    private CanonicalJson() {
    }

    public static String write(JsonNode node) {
        try {
            return WRITER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree could not be written", e);
        }
    }
}
