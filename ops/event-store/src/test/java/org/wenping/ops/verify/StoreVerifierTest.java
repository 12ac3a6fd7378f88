package org.wenping.ops.verify;

import org.bson.BsonString;
import com.mongodb.client.model.Updates;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wenping.ops.signing.KeyRing;
import org.wenping.ops.signing.NoteSigner;
import org.wenping.ops.signing.SignatureAlgorithm;
import org.wenping.ops.transparency.Checkpoint;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.wenping.ops.store.StoreFixture.event;

/** One test per way of tampering with the raw documents, each named at its position and kind. */
class StoreVerifierTest {
    @TempDir
    Path dataDir;
    TamperedStore store;
    Checkpoint published;

    @BeforeEach
    void eightSignedCommits() {
        store = new TamperedStore(dataDir);
        published = store.checkpoint();
    }

    @AfterEach
    void close() {
        store.close();
    }

    private static void assertBreaches(VerifyReport report, int exitCode, Object[]... expected) {
        assertThat(report.breaches()).extracting(Breach::position, Breach::kind, Breach::aggregateId)
                .containsExactly(List.of(expected).stream().map(e -> tuple(e)).toArray(org.assertj.core.groups.Tuple[]::new));
        assertThat(report.ok()).isEqualTo(expected.length == 0);
        assertThat(report.exitCode()).isEqualTo(exitCode);
    }

    @Test
    void anUntouchedStoreIsIntact() {
        VerifyReport report = store.verify(published);
        assertBreaches(report, 0);
        assertThat(report.checked()).isEqualTo(8);
        assertThat(report.checkpoint().size()).isEqualTo(8);
    }

    @Test
    void aCommitMadeDurableDuringTheScanIsNoTruncation() {
        VerifyReport report = store.verifyWhileAppending(published);
        assertBreaches(report, 0);
        // The ninth commit, made durable once the positions up to the head were read, is read beyond the head.
        assertThat(report.checked()).isEqualTo(9);
    }

    @Test
    void withoutACheckpointAnIntactStoreIsOnlyNoticed() {
        VerifyReport report = store.verify(null);
        assertBreaches(report, 3);
        assertThat(report.notices()).hasSize(1);
    }

    @Test
    void aChangedPayloadByteIsAlteredAtItsPosition() {
        store.update(3, Updates.set("events.0.payload.text", "m-1 第2步"));
        assertBreaches(store.verify(published), 1, new Object[]{3L, BreachKind.ALTERED, "m-1"});
    }

    @Test
    void aChangedActorInTheMetadataIsAltered() {
        store.update(5, Updates.set("events.0.metadata.actorId", "someone-else"));
        assertBreaches(store.verify(published), 1, new Object[]{5L, BreachKind.ALTERED, "m-2"});
    }

    @Test
    void aDeletedMiddleCommitIsDeletedAndNamesTheRecordThatLacksIt() {
        store.delete(3);
        VerifyReport report = store.verify(published);
        assertBreaches(report, 2, new Object[]{3L, BreachKind.DELETED, "m-1"});
        assertThat(report.breaches().get(0).detail()).contains("缺少序号 1");
    }

    @Test
    void aDeletedTailBehindTheMarkerIsTruncated() {
        store.delete(8);
        assertBreaches(store.verify(null), 2, new Object[]{8L, BreachKind.TRUNCATED, null});
    }

    @Test
    void aDeletedTailWithTheMarkerRewoundIsTruncatedAgainstThePublishedCheckpoint() {
        store.delete(8);
        store.rewindMarker(7);
        assertBreaches(store.verify(published), 2, new Object[]{8L, BreachKind.TRUNCATED, null});
        assertThat(store.verify(null).ok()).as("without a checkpoint nothing outside the store remembers").isTrue();
    }

    @Test
    void aCommitForgedWithACorrectHashButWithoutTheKeyIsForged() {
        store.forgedAfterHead(NoteSigner.generate("wenping.test/log", SignatureAlgorithm.ED25519), null);
        assertBreaches(store.verify(published), 1, new Object[]{9L, BreachKind.FORGED, "m-4"});
        store.delete(9);
        store.forgedAfterHead(null, null);
        assertBreaches(store.verify(published), 1, new Object[]{9L, BreachKind.FORGED, "m-4"});
    }

    @Test
    void anInsertedCommitThatDoesNotLinkIsInserted() {
        store.forgedAfterHead(null, "ab".repeat(32));
        assertBreaches(store.verify(published), 1, new Object[]{9L, BreachKind.INSERTED, "m-4"});
    }

    @Test
    void anEventPushedIntoASignedCommitIsInserted() {
        store.update(8, Updates.push("events", store.commitAt(8).getArray("events").get(0)));
        assertBreaches(store.verify(published), 1, new Object[]{9L, BreachKind.INSERTED, "m-4"});
    }

    @Test
    void twoSwappedCommitsAreBothReordered() {
        store.swap(4, 5);
        assertBreaches(store.verify(published), 1,
                new Object[]{4L, BreachKind.REORDERED, "m-2"}, new Object[]{5L, BreachKind.REORDERED, "m-3"});
    }

    @Test
    void aWholeRemovedStreamIsStreamRemoved() {
        store.delete(4);
        store.delete(7);
        assertBreaches(store.verify(published), 2,
                new Object[]{4L, BreachKind.STREAM_REMOVED, null}, new Object[]{7L, BreachKind.DELETED, null});
    }

    @Test
    void aSwitchToSm2KeepsTheOldEd25519CommitsVerifying() {
        NoteSigner sm2 = NoteSigner.generate("wenping.test/log-sm2", SignatureAlgorithm.SM2_SM3);
        store.store.signWith(sm2);
        store.store.engine.appendEvents(List.of(event("m-4", 1, "国密签名")));
        assertThat(store.commitAt(9).getDocument("signature").getString("alg")).isEqualTo(new BsonString("SM2-SM3"));
        assertThat(store.commitAt(1).getDocument("signature").getString("alg")).isEqualTo(new BsonString("Ed25519"));
        KeyRing both = KeyRing.of(TamperedStore.KEY.verifier(), sm2.verifier());
        assertBreaches(store.verify(store.checkpoint(), both), 0);
        assertThat(store.verify(store.checkpoint(), KeyRing.of(sm2.verifier())).breaches())
                .extracting(Breach::kind).containsOnly(BreachKind.FORGED).hasSize(8);
    }
}
