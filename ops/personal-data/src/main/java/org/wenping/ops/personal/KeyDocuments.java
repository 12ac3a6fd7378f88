package org.wenping.ops.personal;

import org.bson.BsonDateTime;
import org.bson.BsonDocument;
import org.bson.BsonInt64;
import org.bson.BsonString;
import org.wenping.kernel.actor.Role;

import java.time.Instant;
import java.util.Optional;

/**
 * The layout of a document in {@code personal_data_keys}:
 * <pre>
 * { _id: keyId, state: "ACTIVE" | "RESTRICTED" | "ERASED", createdAt,
 *   wrappedKey: { alg: "AES-256-GCM", masterKeyId, value: base64 },     // removed on erasure
 *   restriction: { role, ground, position, at },  erasure: { ground, position, at } }
 * </pre>
 */
final class KeyDocuments {
    static final String ID = "_id";
    static final String STATE = "state";
    static final String CREATED_AT = "createdAt";
    static final String WRAPPED_KEY = "wrappedKey";
    static final String ALGORITHM = "alg";
    static final String MASTER_KEY_ID = "masterKeyId";
    static final String VALUE = "value";
    static final String RESTRICTION = "restriction";
    static final String ERASURE = "erasure";
    private static final String ROLE = "role";
    private static final String GROUND = "ground";
    private static final String POSITION = "position";
    private static final String AT = "at";

    private KeyDocuments() {
    }

    static BsonDocument created(String keyId, String masterKeyId, String wrapped, Instant at) {
        return new BsonDocument(ID, new BsonString(keyId))
                .append(STATE, new BsonString(KeyState.ACTIVE.name()))
                .append(CREATED_AT, new BsonDateTime(at.toEpochMilli()))
                .append(WRAPPED_KEY, new BsonDocument(ALGORITHM, new BsonString(AesGcm.ALGORITHM))
                        .append(MASTER_KEY_ID, new BsonString(masterKeyId))
                        .append(VALUE, new BsonString(wrapped)));
    }

    static BsonDocument restriction(Restriction restriction) {
        return new BsonDocument(ROLE, new BsonString(restriction.readableBy().name()))
                .append(GROUND, new BsonString(restriction.ground()))
                .append(POSITION, new BsonInt64(restriction.position()))
                .append(AT, new BsonDateTime(restriction.at().toEpochMilli()));
    }

    static BsonDocument erasure(Erasure erasure) {
        return new BsonDocument(GROUND, new BsonString(erasure.ground()))
                .append(POSITION, new BsonInt64(erasure.position()))
                .append(AT, new BsonDateTime(erasure.at().toEpochMilli()));
    }

    static PersonalDataKey view(BsonDocument document) {
        return new PersonalDataKey(document.getString(ID).getValue(),
                KeyState.valueOf(document.getString(STATE).getValue()),
                Optional.ofNullable(document.getDocument(RESTRICTION, null)).map(r -> new Restriction(
                        Role.valueOf(r.getString(ROLE).getValue()), r.getString(GROUND).getValue(),
                        r.getInt64(POSITION).getValue(), instant(r))),
                Optional.ofNullable(document.getDocument(ERASURE, null)).map(e -> new Erasure(
                        e.getString(GROUND).getValue(), e.getInt64(POSITION).getValue(), instant(e))));
    }

    private static Instant instant(BsonDocument document) {
        return Instant.ofEpochMilli(document.getDateTime(AT).getValue());
    }
}
