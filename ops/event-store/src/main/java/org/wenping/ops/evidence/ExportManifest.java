package org.wenping.ops.evidence;

import java.util.List;

/**
 * {@code manifest.json}: what each line of {@code events.jsonl} is (position, sequence, id, type, hash and the
 * commit it belongs to) and what each commit's signature covers ({@code CommitStatement}, docs/integrity.md §2).
 *
 * @param hashRule how an outsider recomputes each hash, in one sentence
 */
record ExportManifest(String format, String recordId, String exportedAt, String hashRule,
                             CheckpointRef checkpoint, List<EventEntry> events, List<CommitEntry> commits) {
    public static final String FORMAT = "wenping-dossier-export/v1";

    public ExportManifest {
        events = List.copyOf(events);
        commits = List.copyOf(commits);
    }

    /** One line of {@code events.jsonl}; {@code line} counts from 1. */
    public record EventEntry(int line, long position, Long sequence, String eventId, String type, String hash,
                             long commit) {
    }

    /** One commit: the fields of its signed statement and its signature. */
    public record CommitEntry(long position, int count, long streams, String aggregateType, String previousHash,
                              String lastHash, Signature signature) {
    }

    /** A commit's signature: algorithm, the signing key's name and id, the signature in base64. */
    public record Signature(String alg, String keyName, String keyId, String value) {
    }

    /** The checkpoint the inclusion proofs lead to. */
    public record CheckpointRef(String origin, long size, String root) {
    }
}
