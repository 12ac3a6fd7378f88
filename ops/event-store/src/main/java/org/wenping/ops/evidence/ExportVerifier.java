package org.wenping.ops.evidence;

import com.fasterxml.jackson.databind.JsonNode;
import org.wenping.ops.signing.KeyRing;
import org.wenping.ops.signing.NoteVerifier;
import org.wenping.ops.signing.SignatureAlgorithm;
import org.wenping.ops.signing.SignedNote;
import org.wenping.ops.store.CommitStatement;
import org.wenping.ops.transparency.Checkpoint;
import org.wenping.ops.transparency.MerkleTree;
import org.wenping.ops.transparency.Witness;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks a dossier export with nothing but its entries: the seal over every entry; each event's hash
 * recomputed from its line; the links within each commit and each commit's signature by a key the export
 * carries (or the keys given); the checkpoint's signature and its witnesses' cosignatures; and each event's
 * inclusion proof against the checkpoint's root. Every finding names its entry and, where one is concerned,
 * the event's position.
 */
public final class ExportVerifier {
    private final Map<String, byte[]> files;
    private final List<ExportFinding> findings = new ArrayList<>();
    private final List<String> notices = new ArrayList<>();
    private KeyRing keys;

    private ExportVerifier(Map<String, byte[]> files) {
        this.files = files;
    }

    /** Verifies {@code files} (entry name → bytes); {@code trusted}, if given, replaces the keys the export carries. */
    public static ExportReport verify(Map<String, byte[]> files, Optional<KeyRing> trusted) {
        ExportVerifier verifier = new ExportVerifier(files);
        verifier.keys = trusted.orElseGet(verifier::includedKeys);
        if (trusted.isEmpty()) {
            verifier.notices.add("核对所用的是导出包自带的密钥(" + verifier.keys.verifiers().stream()
                    .map(key -> key.name() + "+" + key.keyIdHex()).toList()
                    + "),请与日志公布的密钥(GET /checkpoint/keys)比对,或以 --trusted-keys 指定");
        }
        return verifier.run();
    }

    private ExportReport run() {
        checkSeal();
        Optional<ExportManifest> manifest = manifest();
        List<EventLine> lines = EventLine.split(file(ExportFiles.EVENTS), this::finding);
        Optional<Checkpoint> checkpoint = checkpoint();
        int witnesses = witnesses();
        manifest.ifPresent(m -> {
            EventChecks checks = new EventChecks(m, lines, this::finding);
            checks.eachLineAgainstItsEntry();
            checks.sequencesWithoutGaps();
            m.commits().forEach(commit -> checks.commitLinksAndSignature(commit, this::signed));
            checkpoint.ifPresent(c -> {
                if (c.size() != m.checkpoint().size() || !c.rootBase64().equals(m.checkpoint().root())) {
                    finding(ExportFiles.MANIFEST, null, "清单记载的检查点与 checkpoint 文件不符");
                }
                lines.forEach(line -> checkProof(line, m, c));
            });
        });
        return new ExportReport(findings.isEmpty(), manifest.map(ExportManifest::recordId).orElse(null), lines.size(),
                checkpoint.map(Checkpoint::size).orElse(0L), witnesses, findings, notices);
    }

    private KeyRing includedKeys() {
        List<NoteVerifier> found = new ArrayList<>();
        List<String> lines = new String(file(ExportFiles.KEYS), StandardCharsets.UTF_8).lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) continue;
            try {
                found.add(NoteVerifier.parse(lines.get(i)));
            } catch (RuntimeException e) {
                finding(ExportFiles.KEYS, null, "第 " + (i + 1) + " 行不是有效的验证密钥(" + e.getMessage() + ")");
            }
        }
        return KeyRing.of(found);
    }

    private void checkSeal() {
        try {
            SignedNote note = SignedNote.parse(new String(file(ExportFiles.SEAL), StandardCharsets.UTF_8));
            if (logKeys().stream().noneMatch(note::signedBy)) finding(ExportFiles.SEAL, null, "封签没有可信密钥的有效签名");
            ExportSeal seal = ExportSeal.parse(note.text());
            seal.digests().forEach((name, digest) -> {
                if (!files.containsKey(name)) finding(name, null, "封签列出的文件不在导出包中");
                else if (!ExportSeal.sha256Hex(files.get(name)).equals(digest)) finding(name, null, "文件内容与封签记载的摘要不符(被改动)");
            });
            files.keySet().stream().filter(name -> !name.equals(ExportFiles.SEAL) && !seal.digests().containsKey(name))
                    .forEach(name -> finding(name, null, "文件不在封签之列(被加入)"));
        } catch (RuntimeException e) {
            finding(ExportFiles.SEAL, null, "封签无法读取(" + e.getMessage() + ")");
        }
    }

    private Optional<ExportManifest> manifest() {
        try {
            return Optional.of(DossierExportWriter.JSON.readValue(file(ExportFiles.MANIFEST), ExportManifest.class));
        } catch (Exception e) {
            finding(ExportFiles.MANIFEST, null, "清单无法读取(" + e.getMessage() + ")");
            return Optional.empty();
        }
    }

    private Optional<Checkpoint> checkpoint() {
        try {
            SignedNote note = checkpointNote();
            if (logKeys().stream().noneMatch(note::signedBy)) {
                finding(ExportFiles.CHECKPOINT, null, "检查点没有可信日志密钥的有效签名");
            }
            return Optional.of(Checkpoint.parse(note.text()));
        } catch (RuntimeException e) {
            finding(ExportFiles.CHECKPOINT, null, "检查点无法读取(" + e.getMessage() + ")");
            return Optional.empty();
        }
    }

    /** Witness cosignatures that hold; a cosignature line by a key the export carries and that fails is a finding. */
    private int witnesses() {
        try {
            SignedNote note = checkpointNote();
            int held = 0;
            for (SignedNote.Line line : note.signatures()) {
                Optional<NoteVerifier> key = keys.find(line.keyName(), line.keyId());
                if (key.isEmpty()) {
                    notices.add("检查点上 " + line.keyName() + " 的签名所用密钥不在导出包中,无法核对");
                } else if (key.get().algorithm() == SignatureAlgorithm.ED25519_COSIGNATURE) {
                    if (Witness.cosignedBy(note, key.get())) held++;
                    else finding(ExportFiles.CHECKPOINT, null, "见证者 " + line.keyName() + " 的联署无效");
                }
            }
            return held;
        } catch (RuntimeException unreadable) {
            return 0;
        }
    }

    private void checkProof(EventLine line, ExportManifest manifest, Checkpoint checkpoint) {
        long position = line.entry(manifest).map(ExportManifest.EventEntry::position).orElse(line.position());
        String name = ExportFiles.proofOf(position);
        if (!files.containsKey(name)) {
            finding(name, position, "缺少该事件的包含证明");
            return;
        }
        try {
            InclusionProofFile proof = InclusionProofFile.parse(files.get(name));
            byte[] leaf = MerkleTree.leafHash(HexFormat.of().parseHex(line.recomputedHash()));
            if (proof.index() != position - 1
                    || !MerkleTree.verifyInclusion(proof.index(), checkpoint.size(), leaf, proof.path(), checkpoint.root())) {
                finding(name, position, "事件不能由此证明归入检查点(树大小 " + checkpoint.size() + ")的根");
            }
        } catch (RuntimeException e) {
            finding(name, position, "包含证明无法读取(" + e.getMessage() + ")");
        }
    }

    private Optional<String> signed(CommitStatement statement, ExportManifest.Signature signature) {
        if (signature == null || signature.keyName() == null || signature.keyId() == null || signature.value() == null
                || !signature.keyId().matches("[0-9a-f]{8}")) {
            return Optional.of("签名不完整");
        }
        Optional<NoteVerifier> key = keys.find(signature.keyName(), HexFormat.fromHexDigits(signature.keyId()));
        if (key.isEmpty()) return Optional.of("签名密钥 " + signature.keyName() + "+" + signature.keyId() + " 不在导出的密钥中");
        try {
            return key.get().verify(statement.text().getBytes(StandardCharsets.UTF_8), Base64.getDecoder().decode(signature.value()))
                    ? Optional.empty() : Optional.of("签名与提交内容不符");
        } catch (IllegalArgumentException e) {
            return Optional.of("签名不是 base64");
        }
    }

    private List<NoteVerifier> logKeys() {
        return keys.verifiers().stream().filter(key -> key.algorithm() != SignatureAlgorithm.ED25519_COSIGNATURE).toList();
    }

    private SignedNote checkpointNote() {
        return SignedNote.parse(new String(file(ExportFiles.CHECKPOINT), StandardCharsets.UTF_8));
    }

    private byte[] file(String name) {
        byte[] bytes = files.get(name);
        if (bytes == null) {
            if (findings.stream().noneMatch(f -> f.file().equals(name) && f.position() == null && f.detail().startsWith("导出包缺少"))) {
                finding(name, null, "导出包缺少此文件");
            }
            return new byte[0];
        }
        return bytes;
    }

    private void finding(String file, Long position, String detail) {
        findings.add(new ExportFinding(file, position, detail));
    }

    /** Where a check reports what it found. */
    @FunctionalInterface
    interface Findings {
        void add(String file, Long position, String detail);
    }
}
