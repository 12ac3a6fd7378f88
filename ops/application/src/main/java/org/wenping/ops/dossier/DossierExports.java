package org.wenping.ops.dossier;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.bson.BsonDocument;
import org.bson.BsonString;
import org.springframework.stereotype.Component;
import org.wenping.ops.evidence.DossierExportWriter;
import org.wenping.ops.evidence.ExportFiles;
import org.wenping.ops.evidence.ExportReport;
import org.wenping.ops.evidence.ExportVerifier;
import org.wenping.ops.evidence.RecordEvidence;
import org.wenping.ops.integrity.IntegrityMonitor;
import org.wenping.ops.integrity.RecordEvidenceReader;
import org.wenping.ops.store.CommitFields;
import org.wenping.query.history.HistoryEntry;
import org.wenping.query.web.ReadClock;

import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Builds a record's dossier export and its 四性 report, for any kind of record: the export's evidence entries
 * are checked by the same offline checker an outsider runs, and that check is the 真实性 part of the report.
 */
@Component
class DossierExports {
    private final RecordEvidenceReader evidence;
    private final IntegrityMonitor monitor;
    private final ReadAudit audit;
    private final ReadClock clock;
    private final ObjectMapper json;

    DossierExports(RecordEvidenceReader evidence, IntegrityMonitor monitor, ReadAudit audit, ReadClock clock, ObjectMapper json) {
        this.evidence = evidence;
        this.monitor = monitor;
        this.audit = audit;
        this.clock = clock;
        this.json = json.copy().enable(SerializationFeature.INDENT_OUTPUT);
    }

    FourPropertiesReport fourProperties(DossierSource source, String recordId) {
        return assess(source, recordId).report();
    }

    /** The ZIP: the evidence entries, the page with the 四性 report, the report as JSON, the seal over all. */
    byte[] export(DossierSource source, String recordId) {
        Assessed assessed = assess(source, recordId);
        Map<String, byte[]> documents = new LinkedHashMap<>();
        documents.put(ExportFiles.PAGE, DossierPage.render(recordId, assessed.printed(), assessed.at(), assessed.report())
                .getBytes(StandardCharsets.UTF_8));
        documents.put(ExportFiles.FOUR_PROPERTIES, json(assessed.report()));
        return DossierExportWriter.zip(DossierExportWriter.entries(assessed.evidence(), documents, evidence.sealer(), assessed.at()));
    }

    private Assessed assess(DossierSource source, String recordId) {
        List<HistoryEntry> history = source.visibleHistory(recordId);
        RecordEvidence proof = evidence.of(recordId).orElseThrow(() -> new EvidenceUnavailableException(recordId));
        Instant at = clock.now();
        ExportReport check = ExportVerifier.verify(DossierExportWriter.entries(proof, Map.of(), evidence.sealer(), at), Optional.empty());
        PrintedDossier printed = source.printed(history);
        String page = renderable(recordId, printed, at);
        List<String> algorithms = proof.commits().stream()
                .map(commit -> commit.getDocument(CommitFields.SIGNATURE, new BsonDocument()).getString(CommitFields.SIGNATURE_ALGORITHM, new BsonString("无签名")).getValue())
                .distinct().toList();
        int stored = proof.commits().stream().mapToInt(commit -> commit.getArray(CommitFields.EVENTS).size()).sum();
        FourPropertiesReport report = new FourPropertiesCheck(recordId, history, stored, check, algorithms,
                monitor.breachesOf(recordId), source, page, audit).report(at);
        return new Assessed(proof, printed, report, at);
    }

    private static String renderable(String recordId, PrintedDossier printed, Instant at) {
        try {
            return DossierPage.render(recordId, printed, at, null);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private byte[] json(Object value) {
        try {
            return json.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Assessed(RecordEvidence evidence, PrintedDossier printed, FourPropertiesReport report, Instant at) {
    }
}
