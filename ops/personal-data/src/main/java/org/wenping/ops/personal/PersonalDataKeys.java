package org.wenping.ops.personal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import org.bson.BsonDocument;
import org.bson.conversions.Bson;
import org.wenping.kernel.json.KernelJson;
import org.wenping.kernel.personal.PersonDetails;
import org.wenping.kernel.personal.SealedPersonalData;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.Optional;

/**
 * One data key per person, each wrapped under the {@link MasterKey} and kept in its own collection, outside the event
 * store. A person's details are sealed under their key with AES-256-GCM (the key id as associated data); destroying the
 * key on an erasure leaves the ciphertext in the events, whose hashes still verify, and nothing that opens it.
 * No key is cached in memory, so an erasure holds for every process from the moment it is written.
 */
public final class PersonalDataKeys {
    public static final String COLLECTION = "personal_data_keys";
    private static final byte[] WRAP_CONTEXT = "wenping-personal-data-key/v1\n".getBytes(StandardCharsets.UTF_8);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final MongoCollection<BsonDocument> keys;
    private final MasterKey master;
    private final Clock clock;
    private final ObjectMapper json = KernelJson.newObjectMapper();

    public PersonalDataKeys(MongoDatabase database, MasterKey master, Clock clock) {
        this.keys = database.getCollection(COLLECTION, BsonDocument.class);
        this.master = master;
        this.clock = clock;
    }

    /**
     * Creates the person's key under {@code keyId} and seals their details under it. On the embedded server the key
     * becomes durable with the commit of the event that carries the sealed details (one H2 store); on a replica set
     * the insert is acknowledged by a majority before this returns.
     */
    public SealedPersonalData seal(String keyId, PersonDetails details) {
        byte[] dataKey = new byte[32];
        RANDOM.nextBytes(dataKey);
        String wrapped = base64(AesGcm.seal(master.secretKey(), dataKey, wrapContext(keyId)));
        try {
            keys.insertOne(KeyDocuments.created(keyId, master.id(), wrapped, clock.instant()));
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) throw new PersonalDataKeyExistsException(keyId);
            throw e;
        }
        byte[] sealed = AesGcm.seal(new SecretKeySpec(dataKey, "AES"), toJson(details), associated(keyId));
        return new SealedPersonalData(keyId, AesGcm.ALGORITHM, base64(sealed));
    }

    /**
     * The details, or empty when the person's key was erased. Restriction is the caller's to enforce (it knows the
     * reader's role): see {@link PersonalDataKey#readableBy}.
     *
     * @throws SealBrokenException when the ciphertext or the wrapped key does not authenticate, or no key exists
     */
    public Optional<PersonDetails> open(SealedPersonalData sealed) {
        if (!AesGcm.ALGORITHM.equals(sealed.algorithm())) {
            throw new SealBrokenException("未知的个人信息加密算法 " + sealed.algorithm());
        }
        BsonDocument document = keys.find(Filters.eq(KeyDocuments.ID, sealed.keyId())).first();
        if (document == null) throw new SealBrokenException("个人信息密钥 " + sealed.keyId() + " 不存在");
        if (!document.containsKey(KeyDocuments.WRAPPED_KEY)) return Optional.empty();
        SecretKey dataKey = unwrap(sealed.keyId(), document.getDocument(KeyDocuments.WRAPPED_KEY));
        byte[] plain = AesGcm.open(dataKey, decode(sealed.ciphertext()), associated(sealed.keyId()));
        return Optional.of(fromJson(plain));
    }

    public Optional<PersonalDataKey> find(String keyId) {
        return Optional.ofNullable(keys.find(Filters.eq(KeyDocuments.ID, keyId)).first()).map(KeyDocuments::view);
    }

    /**
     * Destroys the key (crypto-shredding): the document keeps its id, state 已删除 and the erasure's ground and
     * position; the wrapped key bytes are removed. Repeating it (a replayed event) changes nothing. A key never
     * seen here is recorded as erased all the same.
     */
    public void erase(String keyId, Erasure erasure) {
        Bson update = Updates.combine(Updates.set(KeyDocuments.STATE, KeyState.ERASED.name()),
                Updates.set(KeyDocuments.ERASURE, KeyDocuments.erasure(erasure)),
                Updates.unset(KeyDocuments.WRAPPED_KEY));
        try {
            keys.updateOne(notErased(keyId), update, new UpdateOptions().upsert(true));
        } catch (MongoWriteException e) {
            // The upsert met the erased document the filter excluded: it was erased before.
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) throw e;
        }
    }

    /** Restricts the data to one role; an erased key stays erased. The latest restriction holds. */
    public void restrict(String keyId, Restriction restriction) {
        keys.updateOne(notErased(keyId), Updates.combine(
                Updates.set(KeyDocuments.STATE, KeyState.RESTRICTED.name()),
                Updates.set(KeyDocuments.RESTRICTION, KeyDocuments.restriction(restriction))));
    }

    private static Bson notErased(String keyId) {
        return Filters.and(Filters.eq(KeyDocuments.ID, keyId), Filters.ne(KeyDocuments.STATE, KeyState.ERASED.name()));
    }

    private SecretKey unwrap(String keyId, BsonDocument wrapped) {
        if (!master.id().equals(wrapped.getString(KeyDocuments.MASTER_KEY_ID).getValue())) {
            throw new SealBrokenException("个人信息密钥 " + keyId + " 由另一主密钥加密 ("
                    + wrapped.getString(KeyDocuments.MASTER_KEY_ID).getValue() + ")");
        }
        byte[] bytes = AesGcm.open(master.secretKey(), decode(wrapped.getString(KeyDocuments.VALUE).getValue()),
                wrapContext(keyId));
        return new SecretKeySpec(bytes, "AES");
    }

    private static byte[] wrapContext(String keyId) {
        byte[] id = associated(keyId);
        byte[] context = new byte[WRAP_CONTEXT.length + id.length];
        System.arraycopy(WRAP_CONTEXT, 0, context, 0, WRAP_CONTEXT.length);
        System.arraycopy(id, 0, context, WRAP_CONTEXT.length, id.length);
        return context;
    }

    private static byte[] associated(String keyId) {
        return keyId.getBytes(StandardCharsets.UTF_8);
    }

    private byte[] toJson(PersonDetails details) {
        try {
            return json.writeValueAsBytes(details);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("人员信息无法序列化", e);
        }
    }

    private PersonDetails fromJson(byte[] plain) {
        try {
            return json.readValue(plain, PersonDetails.class);
        } catch (IOException e) {
            throw new UncheckedIOException("人员信息无法解析", e);
        }
    }

    private static String base64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }

    private static byte[] decode(String base64) {
        try {
            return Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new SealBrokenException("密文不是 base64");
        }
    }
}
