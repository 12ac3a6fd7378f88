package org.wenping.query.legalcase;

import org.wenping.kernel.legalcase.CaseEvent;
import org.wenping.kernel.legalcase.CaseEventCorrectedEvent;
import org.wenping.kernel.legalcase.CaseListedEvent;
import org.wenping.query.dossier.CodeLabel;
import org.wenping.query.dossier.Correction;
import org.wenping.query.dossier.RecordFamily;
import org.wenping.query.dossier.RecordOpening;
import org.wenping.query.web.QueryRefusedException;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The 政法办案 case as its readers see it: opened by its listing (named by its 案号), corrected by
 * {@link CaseEventCorrectedEvent}. Its events attach no documents by hash.
 */
public final class CaseFamily implements RecordFamily<CaseEvent> {
    public static final CaseFamily CASES = new CaseFamily();
    private static final CodeLabel KIND = new CodeLabel("CASE", "政法办案");

    private CaseFamily() {
    }

    @Override
    public Class<CaseEvent> type() {
        return CaseEvent.class;
    }

    @Override
    public CodeLabel kind() {
        return KIND;
    }

    @Override
    public String describe(CaseEvent event) {
        return event.accept(CaseDescriptions.LINES);
    }

    @Override
    public Optional<RecordOpening> opening(CaseEvent event) {
        return event instanceof CaseListedEvent listed
                ? Optional.of(new RecordOpening(listed.caseId().value(), listed.caseNumber(), listed.jurisdiction()))
                : Optional.empty();
    }

    @Override
    public Optional<Correction> correction(CaseEvent event) {
        return event instanceof CaseEventCorrectedEvent c
                ? Optional.of(new Correction(c.correctedEventId(), c.correctedEventType(), c.reason(), c.correctedOn()))
                : Optional.empty();
    }

    @Override
    public List<String> documentHashes(CaseEvent event) {
        return List.of();
    }

    @Override
    public QueryRefusedException notFound(String id) {
        return QueryRefusedException.caseNotFound(id);
    }

    @Override
    public QueryRefusedException notRecordedAsOf(String id, Instant asOf) {
        return QueryRefusedException.notFound("CASE_NOT_RECORDED_AS_OF", "案件 " + id + " 在 " + asOf + " 时尚无记录");
    }
}
