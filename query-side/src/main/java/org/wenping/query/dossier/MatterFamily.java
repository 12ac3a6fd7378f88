package org.wenping.query.dossier;

import org.wenping.kernel.matter.EventCorrectedEvent;
import org.wenping.kernel.matter.MatterEvent;
import org.wenping.kernel.matter.MatterRegisteredEvent;
import org.wenping.kernel.matter.ReportCompiledEvent;
import org.wenping.query.web.QueryRefusedException;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The 重大事项 as its readers see it: opened by its registration (立项), corrected by {@link EventCorrectedEvent}. */
public final class MatterFamily implements RecordFamily<MatterEvent> {
    public static final MatterFamily MATTERS = new MatterFamily();
    private static final CodeLabel KIND = new CodeLabel("MATTER", "重大事项");

    private MatterFamily() {
    }

    @Override
    public Class<MatterEvent> type() {
        return MatterEvent.class;
    }

    @Override
    public CodeLabel kind() {
        return KIND;
    }

    @Override
    public String describe(MatterEvent event) {
        return EventDescriptions.describe(event, null);
    }

    @Override
    public Optional<RecordOpening> opening(MatterEvent event) {
        return event instanceof MatterRegisteredEvent r
                ? Optional.of(new RecordOpening(r.matterId().value(), r.title(), r.jurisdiction())) : Optional.empty();
    }

    @Override
    public Optional<Correction> correction(MatterEvent event) {
        return event instanceof EventCorrectedEvent c
                ? Optional.of(new Correction(c.correctedEventId(), c.correctedEventType(), c.reason(), c.correctedOn()))
                : Optional.empty();
    }

    @Override
    public List<String> documentHashes(MatterEvent event) {
        return event instanceof ReportCompiledEvent report ? List.of(report.documentHash()) : List.of();
    }

    @Override
    public QueryRefusedException notFound(String id) {
        return QueryRefusedException.matterNotFound(id);
    }

    @Override
    public QueryRefusedException notRecordedAsOf(String id, Instant asOf) {
        return QueryRefusedException.notFound("MATTER_NOT_RECORDED_AS_OF", "事项 " + id + " 在 " + asOf + " 时尚无记录");
    }
}
