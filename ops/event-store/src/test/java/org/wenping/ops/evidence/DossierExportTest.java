package org.wenping.ops.evidence;

import org.bson.BsonDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wenping.ops.signing.NoteSigner;
import org.wenping.ops.signing.SignatureAlgorithm;
import org.wenping.ops.signing.SignedNote;
import org.wenping.ops.store.CommitFields;
import org.wenping.ops.store.StoreFixture;
import org.wenping.ops.transparency.Checkpoint;
import org.wenping.ops.transparency.MerkleTree;
import org.wenping.ops.transparency.Witness;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wenping.ops.store.StoreFixture.event;

/**
 * A dossier export of record m-1 (three events among seven, the last signed after a switch to SM2) checks
 * out offline with nothing but its entries; one flipped byte in any kind of entry is found and named.
 */
class DossierExportTest {
    static final NoteSigner ED25519 = NoteSigner.generate("wenping.test/log", SignatureAlgorithm.ED25519);
    static final NoteSigner SM2 = NoteSigner.generate("wenping.test/log-sm2", SignatureAlgorithm.SM2_SM3);
    static final NoteSigner WITNESS = NoteSigner.generate("witness.test/w1", SignatureAlgorithm.ED25519_COSIGNATURE);

    @TempDir
    Path dataDir;
    StoreFixture store;
    Map<String, byte[]> export;

    @BeforeEach
    void exportOfM1() throws Exception {
        store = StoreFixture.signed(dataDir, ED25519);
        for (String[] step : new String[][]{{"m-1", "0"}, {"m-2", "0"}, {"m-1", "1"}, {"m-3", "0"}, {"m-2", "1"}, {"m-3", "1"}}) {
            store.engine.appendEvents(List.of(event(step[0], Long.parseLong(step[1]), step[0] + " 第" + step[1] + "步 ok")));
        }
        store.signWith(SM2);
        store.engine.appendEvents(List.of(event("m-1", 2, "m-1 国密签名 ok")));
        export = DossierExportWriter.entries(evidence("m-1"), Map.of(ExportFiles.PAGE,
                "<html>卷宗</html>".getBytes(StandardCharsets.UTF_8)), SM2, Instant.parse("2026-11-30T03:00:00Z"));
    }

    @AfterEach
    void close() {
        store.close();
    }

    private RecordEvidence evidence(String recordId) throws Exception {
        List<byte[]> leaves = new ArrayList<>();
        for (long position = 1; ; position++) {
            List<org.wenping.ops.store.StoredEvent> next = store.engine.eventsAfter(position - 1, Long.MAX_VALUE, 1);
            if (next.isEmpty()) break;
            leaves.add(MerkleTree.leafHash(HexFormat.of().parseHex(next.get(0).hash())));
        }
        Checkpoint checkpoint = new Checkpoint("wenping.test/log", leaves.size(), MerkleTree.root(leaves, leaves.size()));
        Path witnessDir = Files.createDirectories(dataDir.resolve("witness"));
        Witness.Outcome cosigned = new Witness(WITNESS, ED25519.verifier(), witnessDir, Clock.systemUTC())
                .observe(SignedNote.sign(checkpoint.text(), ED25519).format(), (from, to) -> List.of());
        List<BsonDocument> commits = store.engine.commitsOf(recordId);
        Map<Long, List<byte[]>> proofs = new HashMap<>();
        commits.forEach(commit -> commit.getArray(CommitFields.EVENTS).forEach(e -> {
            long position = e.asDocument().getInt64(CommitFields.POSITION).getValue();
            proofs.put(position, MerkleTree.inclusionProof(leaves, (int) position - 1, leaves.size()));
        }));
        return new RecordEvidence(recordId, commits, SignedNote.parse(cosigned.detail()), proofs,
                List.of(ED25519.verifier(), SM2.verifier(), WITNESS.verifier()));
    }

    @Test
    void anUntouchedExportChecksOutThroughTheZipAndItsMain() throws Exception {
        ExportReport report = ExportVerifier.verify(export, Optional.empty());
        assertThat(report.findings()).isEmpty();
        assertThat(report.events()).isEqualTo(3);
        assertThat(report.checkpointSize()).isEqualTo(7);
        assertThat(report.witnesses()).isEqualTo(1);
        assertThat(new String(export.get(ExportFiles.EVENTS), StandardCharsets.UTF_8).lines())
                .allMatch(line -> line.startsWith("{\"aggregateId\":\"m-1\""));

        Path zip = Files.write(dataDir.resolve("m-1.zip"), DossierExportWriter.zip(export));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(VerifyExport.run(zip, null, new PrintStream(out, true, StandardCharsets.UTF_8))).isEqualTo(0);
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("完好:记录 m-1 的 3 个事件");
    }

    @Test
    void aFlippedByteInAnEventLineIsNamedAtItsPosition() {
        ExportReport report = flip(ExportFiles.EVENTS, "第1步");
        assertThat(report.exitCode()).isEqualTo(1);
        assertThat(report.findings()).anyMatch(f -> f.file().equals(ExportFiles.EVENTS) && Long.valueOf(3).equals(f.position()));
        assertThat(report.findings()).anyMatch(f -> f.file().equals(ExportFiles.proofOf(3)));
        assertThat(report.findings()).anyMatch(f -> f.file().equals(ExportFiles.EVENTS) && f.position() == null
                && f.detail().contains("封签"));
    }

    @Test
    void aFlippedByteInTheManifestIsNamed() {
        String hashOfPosition3 = manifestHashAt(1);
        ExportReport report = flip(ExportFiles.MANIFEST, hashOfPosition3);
        assertThat(report.findings()).anyMatch(f -> f.file().equals(ExportFiles.MANIFEST) && f.detail().contains("封签"));
        assertThat(report.findings()).anyMatch(f -> Long.valueOf(3).equals(f.position()));
    }

    @Test
    void aFlippedByteInAProofIsNamed() {
        String proof = new String(export.get(ExportFiles.proofOf(7)), StandardCharsets.UTF_8);
        ExportReport report = flip(ExportFiles.proofOf(7), proof.lines().skip(2).findFirst().orElseThrow());
        assertThat(report.findings()).anyMatch(f -> f.file().equals(ExportFiles.proofOf(7)) && Long.valueOf(7).equals(f.position()));
    }

    @Test
    void aFlippedByteInTheCheckpointIsNamed() {
        String root = new String(export.get(ExportFiles.CHECKPOINT), StandardCharsets.UTF_8).lines().skip(2).findFirst().orElseThrow();
        // Another base64 letter in the root, so that the note still parses and only its content changed (a flipped
        // bit could also make the character no base64 at all, which is a different finding).
        char other = root.charAt(9) == 'A' ? 'B' : 'A';
        ExportReport report = replace(ExportFiles.CHECKPOINT, root, root.substring(0, 9) + other + root.substring(10));
        assertThat(report.findings()).anyMatch(f -> f.file().equals(ExportFiles.CHECKPOINT) && f.detail().contains("签名"));
        assertThat(report.findings()).filteredOn(f -> f.file().startsWith(ExportFiles.PROOFS)).hasSize(3);
    }

    @Test
    void aFlippedByteInAKeyIsNamed() {
        ExportReport report = flip(ExportFiles.KEYS, SM2.verifier().encoded().substring(30));
        assertThat(report.findings()).anyMatch(f -> f.file().equals(ExportFiles.KEYS) && f.detail().startsWith("第 2 行"));
        assertThat(report.findings()).anyMatch(f -> f.file().equals(ExportFiles.MANIFEST) && Long.valueOf(7).equals(f.position()));
    }

    @Test
    void aFlippedByteInTheSealOrThePageIsNamed() {
        assertThat(flip(ExportFiles.SEAL, "dossier.html").findings()).anyMatch(f -> f.file().equals(ExportFiles.SEAL));
        assertThat(flip(ExportFiles.PAGE, "卷宗").findings()).containsExactly(
                new ExportFinding(ExportFiles.PAGE, null, "文件内容与封签记载的摘要不符(被改动)"));
    }

    /** The report after one bit of the first byte of {@code within} in entry {@code name} is flipped. */
    private ExportReport flip(String name, String within) {
        byte[] bytes = export.get(name).clone();
        byte[] needle = within.getBytes(StandardCharsets.UTF_8);
        int at = indexOf(bytes, needle);
        assertThat(at).as(within + " in " + name).isNotNegative();
        bytes[at + needle.length - 1] ^= 0x01;
        Map<String, byte[]> tampered = new LinkedHashMap<>(export);
        tampered.put(name, bytes);
        return ExportVerifier.verify(tampered, Optional.empty());
    }

    /** The report after {@code from} in entry {@code name} is replaced by {@code to} of the same length. */
    private ExportReport replace(String name, String from, String to) {
        String text = new String(export.get(name), StandardCharsets.UTF_8);
        assertThat(text).contains(from);
        Map<String, byte[]> tampered = new LinkedHashMap<>(export);
        tampered.put(name, text.replace(from, to).getBytes(StandardCharsets.UTF_8));
        return ExportVerifier.verify(tampered, Optional.empty());
    }

    private String manifestHashAt(int index) {
        try {
            return DossierExportWriter.JSON.readValue(export.get(ExportFiles.MANIFEST), ExportManifest.class)
                    .events().get(index).hash();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static int indexOf(byte[] bytes, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= bytes.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (bytes[i + j] != needle[j]) continue outer;
            }
            return i;
        }
        return -1;
    }
}
