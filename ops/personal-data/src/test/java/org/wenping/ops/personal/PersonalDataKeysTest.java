package org.wenping.ops.personal;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.bson.BsonDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.wenping.kernel.actor.Role;
import org.wenping.kernel.personal.PersonDetails;
import org.wenping.kernel.personal.SealedPersonalData;

import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PersonalDataKeysTest {
    private static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");
    private static final PersonDetails WANG = new PersonDetails("王某某", "申请执行人", "620902198001010012",
            "肃州区东大街 1 号", "多次到市信访局反映执行难");

    private MongoServer server;
    private MongoClient client;
    private MongoCollection<BsonDocument> raw;
    private PersonalDataKeys keys;

    @BeforeEach
    void startServer() {
        server = new MongoServer(new MemoryBackend());
        InetSocketAddress address = server.bind();
        client = MongoClients.create("mongodb://" + address.getHostString() + ":" + address.getPort());
        var database = client.getDatabase("wenping");
        raw = database.getCollection(PersonalDataKeys.COLLECTION, BsonDocument.class);
        keys = new PersonalDataKeys(database, MasterKey.generate(), Clock.fixed(T0, ZoneOffset.UTC));
    }

    @AfterEach
    void stopServer() {
        client.close();
        server.shutdownNow();
    }

    @Test
    void sealedDetailsOpenToTheSameDetailsAndAreNotInClearAnywhere() {
        SealedPersonalData sealed = keys.seal("c-1/p-1", WANG);

        assertThat(sealed.keyId()).isEqualTo("c-1/p-1");
        assertThat(sealed.algorithm()).isEqualTo("AES-256-GCM");
        assertThat(keys.open(sealed)).contains(WANG);
        assertThat(sealed.ciphertext()).doesNotContain("王某某");
        assertThat(new String(Base64.getDecoder().decode(sealed.ciphertext()))).doesNotContain("620902198001010012");
        assertThat(raw.find().first().toJson()).doesNotContain("王某某").doesNotContain("620902198001010012");
    }

    @Test
    void twoSealsOfTheSameDetailsDiffer() {
        assertThat(keys.seal("p-1", WANG).ciphertext()).isNotEqualTo(keys.seal("p-2", WANG).ciphertext());
    }

    @Test
    void aKeyIdIsNeverReused() {
        keys.seal("p-1", WANG);

        assertThatThrownBy(() -> keys.seal("p-1", WANG)).isInstanceOf(PersonalDataKeyExistsException.class);
    }

    @Test
    void aChangedByteOfTheCiphertextIsRefused() {
        SealedPersonalData sealed = keys.seal("p-1", WANG);
        byte[] bytes = Base64.getDecoder().decode(sealed.ciphertext());
        bytes[bytes.length / 2] ^= 1;
        var tampered = new SealedPersonalData("p-1", sealed.algorithm(), Base64.getEncoder().encodeToString(bytes));

        assertThatThrownBy(() -> keys.open(tampered)).isInstanceOf(SealBrokenException.class);
    }

    @Test
    void detailsMovedToAnotherPersonsKeyAreRefused() {
        SealedPersonalData wang = keys.seal("p-1", WANG);
        keys.seal("p-2", new PersonDetails("李某", "被执行人", "", "", ""));

        assertThatThrownBy(() -> keys.open(new SealedPersonalData("p-2", wang.algorithm(), wang.ciphertext())))
                .isInstanceOf(SealBrokenException.class);
    }

    @Test
    void anotherMasterKeyOpensNothing() {
        SealedPersonalData sealed = keys.seal("p-1", WANG);
        var elsewhere = new PersonalDataKeys(client.getDatabase("wenping"), MasterKey.generate(), Clock.systemUTC());

        assertThatThrownBy(() -> elsewhere.open(sealed)).isInstanceOf(SealBrokenException.class);
    }

    @Test
    void aWrappedKeyCopiedToAnotherPersonDoesNotUnwrap() {
        SealedPersonalData wang = keys.seal("p-1", WANG);
        keys.seal("p-2", new PersonDetails("李某", "被执行人", "", "", ""));
        BsonDocument wangsKey = raw.find(Filters.eq("_id", "p-1")).first().getDocument("wrappedKey");
        raw.updateOne(Filters.eq("_id", "p-2"), Updates.set("wrappedKey", wangsKey));

        assertThatThrownBy(() -> keys.open(new SealedPersonalData("p-2", wang.algorithm(), wang.ciphertext())))
                .isInstanceOf(SealBrokenException.class);
    }

    @Test
    void anErasedKeyOpensNothingAndKeepsOnlyTheRecordOfItsErasure() {
        SealedPersonalData sealed = keys.seal("p-1", WANG);

        keys.erase("p-1", new Erasure("《个人信息保护法》第四十七条第一款", 42, T0));

        assertThat(keys.open(sealed)).isEmpty();
        BsonDocument document = raw.find(Filters.eq("_id", "p-1")).first();
        assertThat(document.containsKey("wrappedKey")).isFalse();
        assertThat(document.getString("state").getValue()).isEqualTo("ERASED");
        PersonalDataKey key = keys.find("p-1").orElseThrow();
        assertThat(key.state()).isEqualTo(KeyState.ERASED);
        assertThat(key.erasure()).contains(new Erasure("《个人信息保护法》第四十七条第一款", 42, T0));
    }

    @Test
    void aRepeatedErasureKeepsTheFirstAndAnErasedKeyCannotBeRestricted() {
        keys.seal("p-1", WANG);
        keys.erase("p-1", new Erasure("第一次", 42, T0));

        keys.erase("p-1", new Erasure("重放", 99, T0));
        keys.restrict("p-1", new Restriction(Role.ARCHIVIST, "档案保管期限内", 100, T0));

        PersonalDataKey key = keys.find("p-1").orElseThrow();
        assertThat(key.state()).isEqualTo(KeyState.ERASED);
        assertThat(key.erasure().orElseThrow().position()).isEqualTo(42);
    }

    @Test
    void anErasureOfAKeyNeverSeenIsRecordedAllTheSame() {
        keys.erase("p-9", new Erasure("依法删除", 7, T0));

        assertThat(keys.find("p-9").orElseThrow().state()).isEqualTo(KeyState.ERASED);
    }

    @Test
    void restrictedDataIsReadableByTheNamedRoleOnly() {
        SealedPersonalData sealed = keys.seal("p-1", WANG);

        keys.restrict("p-1", new Restriction(Role.ARCHIVIST, "档案保管期限内", 43, T0));

        PersonalDataKey key = keys.find("p-1").orElseThrow();
        assertThat(key.state()).isEqualTo(KeyState.RESTRICTED);
        assertThat(key.readableBy(Role.ARCHIVIST)).isTrue();
        assertThat(key.readableBy(Role.HANDLER)).isFalse();
        assertThat(keys.open(sealed)).contains(WANG);
    }

    @Test
    void anUnknownAlgorithmIsRefused() {
        SealedPersonalData sealed = keys.seal("p-1", WANG);

        assertThatThrownBy(() -> keys.open(new SealedPersonalData("p-1", "ROT13", sealed.ciphertext())))
                .isInstanceOf(SealBrokenException.class);
    }
}
