package org.wenping.kernel.integrity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The SHA-256 link of one stored event in the store-wide hash chain.
 *
 * <p>The canonical form is the {@link CanonicalJson} spelling of this object:
 * <pre>
 * {"aggregateId": string|null, "eventId": string, "metadata": object, "payload": object|…,
 *  "position": integer, "previousHash": 64 hex chars, "revision": string|null,
 *  "sequence": integer|null, "timestamp": ISO-8601 instant as stored, "type": string}
 * </pre>
 * {@code position} is the gapless global position, {@code previousHash} the hash of the event at
 * {@code position - 1} ({@link #GENESIS} for position 1). The hash is the lower-case hex SHA-256 of
 * the canonical form's UTF-8 bytes. Changing any field of any event, or removing, inserting or
 * reordering events, breaks every link after it.
 */
public record EventHash(
        String eventId,
        String type,
        String revision,
        String aggregateId,
        Long sequence,
        long position,
        String timestamp,
        JsonNode payload,
        JsonNode metadata,
        String previousHash) {

    /** The previous hash of the first event in the store. */
    public static final String GENESIS = "0".repeat(64);

    public String canonicalForm() {
        ObjectNode form = JsonNodeFactory.instance.objectNode();
        form.put("aggregateId", aggregateId);
        form.put("eventId", eventId);
        form.set("metadata", metadata);
        form.set("payload", payload);
        form.put("position", position);
        form.put("previousHash", previousHash);
        form.put("revision", revision);
        form.put("sequence", sequence);
        form.put("timestamp", timestamp);
        form.put("type", type);
        return CanonicalJson.write(form);
    }

    public String digest() {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest(canonicalForm().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
