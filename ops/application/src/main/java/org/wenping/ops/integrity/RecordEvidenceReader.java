package org.wenping.ops.integrity;

import org.bson.BsonDocument;
import org.bson.BsonValue;
import org.wenping.ops.evidence.RecordEvidence;
import org.wenping.ops.signing.NoteSigner;
import org.wenping.ops.signing.NoteVerifier;
import org.wenping.ops.signing.SignedNote;
import org.wenping.ops.store.CommitFields;
import org.wenping.ops.store.MongoEventStorageEngine;
import org.wenping.ops.transparency.Checkpoint;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Gathers what the store proves about one record for its dossier export: its raw commits, the latest signed
 * checkpoint (a new one is signed when the latest does not yet cover the record's last event), with the
 * cosignatures the configured witnesses added to it, each event's inclusion proof, and every key involved.
 */
public class RecordEvidenceReader {
    private final MongoEventStorageEngine store;
    private final CheckpointLog log;
    private final SigningKeys keys;
    private final List<Path> witnessDirs;

    RecordEvidenceReader(MongoEventStorageEngine store, CheckpointLog log, SigningKeys keys, List<Path> witnessDirs) {
        this.store = store;
        this.log = log;
        this.keys = keys;
        this.witnessDirs = List.copyOf(witnessDirs);
    }

    /** The evidence of {@code recordId}; empty when the record has no events or no checkpoint can cover them. */
    public Optional<RecordEvidence> of(String recordId) {
        List<BsonDocument> commits = store.commitsOf(recordId);
        long last = commits.stream().mapToLong(commit -> commit.getInt64(CommitFields.ID).getValue()
                + commit.getInt32(CommitFields.COUNT).getValue() - 1).max().orElse(0);
        if (last == 0) return Optional.empty();
        Optional<SignedNote> covering = log.latest().filter(note -> size(note) >= last).or(log::publish)
                .filter(note -> size(note) >= last);
        if (covering.isEmpty()) return Optional.empty();
        Set<NoteVerifier> involved = new LinkedHashSet<>(keys.trusted().verifiers());
        SignedNote checkpoint = cosigned(covering.get(), involved);
        long size = size(checkpoint);
        Map<Long, List<byte[]>> proofs = new HashMap<>();
        for (BsonDocument commit : commits) {
            for (BsonValue event : commit.getArray(CommitFields.EVENTS)) {
                long position = event.asDocument().getInt64(CommitFields.POSITION).getValue();
                proofs.put(position, log.inclusion(position, size));
            }
        }
        return Optional.of(new RecordEvidence(recordId, commits, checkpoint, proofs, new ArrayList<>(involved)));
    }

    /** The log's key, which seals each export. */
    public NoteSigner sealer() {
        return keys.signer();
    }

    private SignedNote cosigned(SignedNote checkpoint, Set<NoteVerifier> involved) {
        SignedNote note = checkpoint;
        for (Path dir : witnessDirs) {
            Path cosignedFile = dir.resolve("log").resolve(size(checkpoint) + ".checkpoint");
            Path key = dir.resolve("witness.pub");
            if (!Files.exists(cosignedFile) || !Files.exists(key)) continue;
            NoteVerifier witness = NoteVerifier.parse(read(key));
            SignedNote cosigned = SignedNote.parse(read(cosignedFile));
            if (!cosigned.text().equals(checkpoint.text())) continue;
            for (SignedNote.Line line : cosigned.signatures()) {
                if (line.by(witness)) note = note.with(line);
            }
            involved.add(witness);
        }
        return note;
    }

    private static long size(SignedNote note) {
        return Checkpoint.parse(note.text()).size();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
