package org.wenping.ops.evidence;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.bson.BsonDocument;
import org.bson.BsonValue;
import org.wenping.kernel.integrity.EventHash;
import org.wenping.ops.signing.NoteSigner;
import org.wenping.ops.signing.NoteVerifier;
import org.wenping.ops.store.CommitFields;
import org.wenping.ops.store.StoredEvent;
import org.wenping.ops.transparency.Checkpoint;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a dossier export from a record's evidence: the events exactly as hashed, the manifest, the
 * checkpoint, one proof per event, the keys, the documents given (page, 四性 report) and the seal over all.
 */
public final class DossierExportWriter {
    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final String HASH_RULE = "每行是事件的 RFC 8785 规范形式(UTF-8),其 SHA-256 即该事件的哈希;"
            + "前一行的哈希(或提交的 previousHash)即本行的 previousHash";

    private DossierExportWriter() {
    }

    /** The entries of the export in order, the seal last; {@code documents} are added as given. */
    public static Map<String, byte[]> entries(RecordEvidence evidence, Map<String, byte[]> documents,
                                              NoteSigner sealer, Instant exportedAt) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        StringBuilder lines = new StringBuilder();
        List<ExportManifest.EventEntry> events = new ArrayList<>();
        List<ExportManifest.CommitEntry> commits = new ArrayList<>();
        for (BsonDocument commit : evidence.commits()) {
            long commitPosition = commit.getInt64(CommitFields.ID).getValue();
            commits.add(commitEntry(commit, commitPosition));
            String previous = commit.getString(CommitFields.PREVIOUS_HASH).getValue();
            for (BsonValue raw : commit.getArray(CommitFields.EVENTS)) {
                StoredEvent stored = StoredEvent.from(commit, raw.asDocument());
                lines.append(new EventHash(stored.eventId(), stored.type(), stored.revision(), stored.aggregateId(),
                        stored.sequence(), stored.position(), stored.timestamp(), stored.payload(), stored.metadata(),
                        previous).canonicalForm()).append('\n');
                events.add(new ExportManifest.EventEntry(events.size() + 1, stored.position(), stored.sequence(),
                        stored.eventId(), stored.type(), stored.hash(), commitPosition));
                previous = stored.hash();
            }
        }
        Checkpoint checkpoint = Checkpoint.parse(evidence.checkpoint().text());
        ExportManifest manifest = new ExportManifest(ExportManifest.FORMAT, evidence.recordId(), exportedAt.toString(),
                HASH_RULE, new ExportManifest.CheckpointRef(checkpoint.origin(), checkpoint.size(), checkpoint.rootBase64()),
                events, commits);
        entries.put(ExportFiles.EVENTS, lines.toString().getBytes(StandardCharsets.UTF_8));
        entries.put(ExportFiles.MANIFEST, json(manifest));
        entries.put(ExportFiles.CHECKPOINT, evidence.checkpoint().format().getBytes(StandardCharsets.UTF_8));
        for (ExportManifest.EventEntry event : events) {
            entries.put(ExportFiles.proofOf(event.position()),
                    new InclusionProofFile(event.position() - 1, evidence.proofs().get(event.position())).bytes());
        }
        entries.put(ExportFiles.KEYS, evidence.keys().stream().map(NoteVerifier::encoded)
                .collect(Collectors.joining("\n", "", "\n")).getBytes(StandardCharsets.UTF_8));
        entries.putAll(documents);
        entries.put(ExportFiles.SEAL, ExportSeal.over(evidence.recordId(), entries).sign(sealer).format()
                .getBytes(StandardCharsets.UTF_8));
        return entries;
    }

    /** The entries as a ZIP. */
    public static byte[] zip(Map<String, byte[]> entries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static ExportManifest.CommitEntry commitEntry(BsonDocument commit, long position) {
        BsonDocument signature = commit.getDocument(CommitFields.SIGNATURE, new BsonDocument());
        BsonValue type = commit.get(CommitFields.AGGREGATE_TYPE);
        return new ExportManifest.CommitEntry(position, commit.getInt32(CommitFields.COUNT).getValue(),
                CommitFields.streams(commit), type == null || type.isNull() ? null : type.asString().getValue(),
                commit.getString(CommitFields.PREVIOUS_HASH).getValue(), commit.getString(CommitFields.LAST_HASH).getValue(),
                new ExportManifest.Signature(text(signature, CommitFields.SIGNATURE_ALGORITHM),
                        text(signature, CommitFields.SIGNATURE_KEY_NAME), text(signature, CommitFields.SIGNATURE_KEY_ID),
                        text(signature, CommitFields.SIGNATURE_VALUE)));
    }

    private static String text(BsonDocument document, String field) {
        BsonValue value = document.get(field);
        return value != null && value.isString() ? value.asString().getValue() : null;
    }

    static byte[] json(Object value) {
        try {
            return JSON.writeValueAsBytes(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
