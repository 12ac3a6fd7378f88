package org.wenping.ops.evidence;

import org.wenping.ops.store.CommitStatement;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;

/** The checks of {@code events.jsonl} against the manifest: hashes, positions, sequences, commit links and signatures. */
final class EventChecks {
    private final ExportManifest manifest;
    private final List<EventLine> lines;
    private final ExportVerifier.Findings findings;

    EventChecks(ExportManifest manifest, List<EventLine> lines, ExportVerifier.Findings findings) {
        this.manifest = manifest;
        this.lines = lines;
        this.findings = findings;
    }

    void eachLineAgainstItsEntry() {
        if (lines.size() != manifest.events().size()) {
            findings.add(ExportFiles.EVENTS, null, "有 " + lines.size() + " 行,清单列有 " + manifest.events().size() + " 个事件");
        }
        for (EventLine line : lines) {
            line.entry(manifest).ifPresent(entry -> {
                if (!line.recomputedHash().equals(entry.hash())) {
                    findings.add(ExportFiles.EVENTS, entry.position(), "第 " + line.number()
                            + " 行重算的哈希与清单记载的不符(事件内容或清单被改动)");
                }
                if (line.position() != entry.position()) {
                    findings.add(ExportFiles.EVENTS, entry.position(), "第 " + line.number() + " 行的位置是 " + line.position());
                }
                if (!Objects.equals(line.aggregateId(), manifest.recordId())) {
                    findings.add(ExportFiles.EVENTS, entry.position(), "第 " + line.number() + " 行不属于记录 " + manifest.recordId());
                }
            });
        }
    }

    /** 漏号: the record's sequence numbers run 0, 1, 2 … line by line. */
    void sequencesWithoutGaps() {
        for (EventLine line : lines) {
            Long expected = (long) line.number() - 1;
            if (!expected.equals(line.sequence())) {
                findings.add(ExportFiles.EVENTS, line.position(), "第 " + line.number() + " 行的序号是 " + line.sequence()
                        + ",应为 " + expected + "(漏号或次序被改动)");
                return;
            }
        }
    }

    void commitLinksAndSignature(ExportManifest.CommitEntry commit,
                                 BiFunction<CommitStatement, ExportManifest.Signature, Optional<String>> signed) {
        List<EventLine> ofCommit = lines.stream().filter(line -> line.entry(manifest)
                .map(entry -> entry.commit() == commit.position()).orElse(false)).toList();
        if (ofCommit.size() != commit.count()) {
            findings.add(ExportFiles.MANIFEST, commit.position(), "提交签名涵盖 " + commit.count() + " 个事件,导出含 " + ofCommit.size() + " 个");
        }
        String previous = commit.previousHash();
        for (EventLine line : ofCommit) {
            if (!line.previousHash().equals(previous)) {
                findings.add(ExportFiles.EVENTS, line.position(), "第 " + line.number() + " 行与前一事件的哈希链接断开");
            }
            previous = line.recomputedHash();
        }
        if (!previous.equals(commit.lastHash())) {
            findings.add(ExportFiles.EVENTS, commit.position(), "从第 " + commit.position() + " 位起的提交,其事件重算后与签名的最后哈希不符");
        }
        CommitStatement statement = new CommitStatement(commit.position(), commit.count(), commit.streams(),
                commit.aggregateType(), commit.previousHash(), commit.lastHash());
        signed.apply(statement, commit.signature()).ifPresent(problem ->
                findings.add(ExportFiles.MANIFEST, commit.position(), "第 " + commit.position() + " 位起的提交签名无效:" + problem));
    }
}
