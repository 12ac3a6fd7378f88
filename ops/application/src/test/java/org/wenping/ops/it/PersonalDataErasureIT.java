package org.wenping.ops.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoDatabase;
import org.bson.BsonDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.wenping.kernel.legalcase.CaseListedEvent;
import org.wenping.kernel.legalcase.PersonalDataErasedEvent;
import org.wenping.kernel.personal.SealedPersonalData;
import org.wenping.ops.personal.PersonalDataKeys;
import org.wenping.ops.store.MongoEventStorageEngine;
import org.wenping.ops.store.ReadBackEvent;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Crypto-shredding end to end (issue 8 item 2): a person listed on a case is readable to an authorised reader;
 * after an authorised erasure nothing reads them back — not the store's raw documents, not any read model, not the
 * application's log — while the case history still loads and the store still verifies.
 */
@ExtendWith(OutputCaptureExtension.class)
class PersonalDataErasureIT {
    private static final String NAME = "孙秘密甲";
    private static final String ID_NUMBER = "620902197703030033";
    private static final String CASE = """
            {"caseNumber": "(2026)甘0902执88号", "organ": "COURT", "caseClass": "SEIZURE_AND_FREEZE",
             "handler": "陈承办", "caseLead": "刘分管", "organHead": "马院长",
             "summary": "查封房产,被执行人情绪激烈", "stage": "ACCEPTANCE", "jurisdiction": "620902",
             "acceptedOn": "2026-02-02",
             "persons": [{"name": "%s", "partyRole": "被执行人", "idNumber": "%s", "contact": "肃州区某小区",
                          "circumstance": "扬言到省上访"}]}""".formatted(NAME, ID_NUMBER);

    @TempDir
    Path dataDir;

    @Test
    void anErasedPersonCannotBeReadBackAnywhereWhileTheHistoryLoadsAndTheStoreVerifies(CapturedOutput output)
            throws IOException {
        try (RunningApp app = RunningApp.start(dataDir)) {
            ApiClient handler = app.as("handler");
            ApiClient.Response listed = handler.post("/api/cases", CASE);
            assertThat(listed.status()).as(listed.body()).isEqualTo(201);
            String id = listed.json().get("id").asText();
            String keyId = listed.json().get("personKeyIds").get(0).asText();

            JsonNode before = handler.get("/api/cases/" + id + "/persons").json();
            assertThat(before.findValuesAsText("name")).containsExactly(NAME);
            assertThat(before.findValuesAsText("idNumber")).containsExactly(ID_NUMBER);

            ApiClient.Response erased = app.as("organhead").post("/api/cases/" + id + "/persons/" + keyId + "/erasure",
                    """
                    {"legalGround": "个人信息保护法第四十七条第一款第(一)项:处理目的已实现"}""");
            assertThat(erased.status()).as(erased.body()).isEqualTo(200);

            JsonNode after = handler.get("/api/cases/" + id + "/persons").json();
            assertThat(after.findValuesAsText("label")).containsExactly("已删除");
            assertThat(after.toString()).doesNotContain(NAME, ID_NUMBER);

            MongoDatabase database = app.bean(MongoDatabase.class);
            awaitKeyDestroyed(database, keyId);
            MongoEventStorageEngine store = app.bean(MongoEventStorageEngine.class);
            List<ReadBackEvent> history = store.readBack(id);
            assertThat(history).extracting(read -> read.event().getClass().getSimpleName())
                    .containsExactly("CaseListedEvent", "PersonalDataErasedEvent");
            SealedPersonalData sealed = ((CaseListedEvent) history.get(0).event()).persons().get(0);
            assertThat(app.bean(PersonalDataKeys.class).open(sealed)).isEmpty();
            assertThat(((PersonalDataErasedEvent) history.get(1).event()).keyId()).isEqualTo(keyId);

            assertThat(everyDocument(database)).doesNotContain(NAME, ID_NUMBER).contains(sealed.ciphertext());
            assertThat(output.getAll()).contains("个人信息主密钥").doesNotContain(NAME, ID_NUMBER);

            JsonNode integrity = app.as("admin").get("/api/ops/integrity").json();
            assertThat(integrity.get("ok").asBoolean()).as(integrity.toString()).isTrue();
            assertThat(handler.get("/api/cases/" + id + "/accountability").status()).isNotEqualTo(500);

            JsonNode reads = app.as("inspector").get("/api/ops/access-log?record=" + id).json();
            assertThat(reads.findValuesAsText("kind")).containsOnly("PERSONAL_DATA", "ACCOUNTABILITY_TIMELINE")
                    .contains("PERSONAL_DATA");
            assertThat(reads.findValuesAsText("readerId")).contains("handler");
        }
        assertThat(filesContaining(dataDir, NAME)).isEmpty();
    }

    /** The key store carries the erasure out behind the event, within moments; then the key bytes are gone. */
    private static void awaitKeyDestroyed(MongoDatabase database, String keyId) {
        var keys = database.getCollection(PersonalDataKeys.COLLECTION, BsonDocument.class);
        long deadline = System.nanoTime() + 30_000_000_000L;
        BsonDocument key = keys.find(new BsonDocument("_id", new org.bson.BsonString(keyId))).first();
        while (key.containsKey("wrappedKey") && System.nanoTime() < deadline) {
            ApiClient.sleep(50);
            key = keys.find(new BsonDocument("_id", new org.bson.BsonString(keyId))).first();
        }
        assertThat(key.getString("state").getValue()).isEqualTo("ERASED");
        assertThat(key.containsKey("wrappedKey")).isFalse();
        assertThat(key.getDocument("erasure").getString("ground").getValue()).contains("第四十七条");
        assertThat(key.getDocument("erasure").getInt64("position").getValue()).isPositive();
    }

    /** Every document of every collection (event store, read models, tokens, keys, access log) as JSON text. */
    private static String everyDocument(MongoDatabase database) {
        StringBuilder all = new StringBuilder();
        for (String name : database.listCollectionNames()) {
            for (BsonDocument document : database.getCollection(name, BsonDocument.class).find()) {
                all.append(document.toJson()).append('\n');
            }
        }
        return all.toString();
    }

    private static List<Path> filesContaining(Path directory, String text) throws IOException {
        byte[] needle = text.getBytes(StandardCharsets.UTF_8);
        List<Path> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                if (indexOf(Files.readAllBytes(file), needle) >= 0) found.add(file);
            }
        }
        return found;
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) continue outer;
            }
            return i;
        }
        return -1;
    }
}
