package org.wenping.command.inquiry;

import org.wenping.kernel.inquiry.RecordRole;
import org.wenping.kernel.inquiry.SubjectKind;
import org.wenping.kernel.jurisdiction.JurisdictionCode;
import org.wenping.kernel.matter.AssessmentAgencyCommissionedEvent;
import org.wenping.kernel.matter.AssessmentPlanDraftedEvent;
import org.wenping.kernel.matter.ContingencyPlanPreparedEvent;
import org.wenping.kernel.matter.DecisionMadeEvent;
import org.wenping.kernel.matter.DimensionAnalysedEvent;
import org.wenping.kernel.matter.EventCorrectedEvent;
import org.wenping.kernel.matter.IncidentReportedEvent;
import org.wenping.kernel.matter.MatterClosedEvent;
import org.wenping.kernel.matter.MatterEvent;
import org.wenping.kernel.matter.MatterEventCases;
import org.wenping.kernel.matter.MatterRegisteredEvent;
import org.wenping.kernel.matter.MitigationMeasureAdoptedEvent;
import org.wenping.kernel.matter.MitigationMeasureCompletedEvent;
import org.wenping.kernel.matter.OpinionsCollectedEvent;
import org.wenping.kernel.matter.ProcedureEscalatedEvent;
import org.wenping.kernel.matter.ReassessmentOpenedEvent;
import org.wenping.kernel.matter.ReportCompiledEvent;
import org.wenping.kernel.matter.ReportFiledEvent;
import org.wenping.kernel.matter.ReportReviewedEvent;
import org.wenping.kernel.matter.RiskGradedEvent;
import org.wenping.kernel.matter.TrackingReportSubmittedEvent;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a matter's stream for an inquiry: the part each event shows its recorder playing (one case per matter event,
 * so a new event is placed here before it compiles), and whether the matter was graded before its decision and
 * every measure adopted for it carried out (酌情减轻, seed 004 篇3).
 */
final class MatterSubject implements MatterEventCases<RecordRole> {
    private final List<SubjectAct> acts = new ArrayList<>();
    private final Map<String, RecordRole> roleByEventId = new HashMap<>();
    private final Set<String> measuresAdopted = new HashSet<>();
    private final Set<String> measuresCompleted = new HashSet<>();
    private String title;
    private JurisdictionCode jurisdiction;
    private Long gradedBeforeDecision;
    private boolean decided;
    private long sequence;

    private MatterSubject() {
    }

    static SubjectHistory read(List<StreamedEvent> stream) {
        MatterSubject subject = new MatterSubject();
        stream.forEach(subject::add);
        return new SubjectHistory(SubjectKind.MATTER, subject.title, subject.jurisdiction, subject.acts,
                subject.mitigationGrounds());
    }

    private void add(StreamedEvent event) {
        sequence = event.sequence();
        RecordRole role = ((MatterEvent) event.payload()).accept(this);
        roleByEventId.put(event.eventId(), role);
        acts.add(new SubjectAct(event.sequence(), role, event.actor()));
    }

    private String mitigationGrounds() {
        if (gradedBeforeDecision == null || measuresAdopted.isEmpty() || !measuresCompleted.containsAll(measuresAdopted)) {
            return null;
        }
        return "决策前已评估定级(事件序号 " + gradedBeforeDecision + "),所定 " + measuresAdopted.size() + " 项化解措施均已落实";
    }

    @Override
    public RecordRole on(MatterRegisteredEvent event) {
        title = event.title();
        jurisdiction = event.jurisdiction();
        return RecordRole.REGISTERED;
    }

    @Override
    public RecordRole on(RiskGradedEvent event) {
        if (!decided && gradedBeforeDecision == null) gradedBeforeDecision = sequence;
        return RecordRole.GRADED;
    }

    @Override
    public RecordRole on(DecisionMadeEvent event) {
        decided = true;
        return RecordRole.DECIDED;
    }

    @Override
    public RecordRole on(MitigationMeasureAdoptedEvent event) {
        measuresAdopted.add(event.measureId());
        return RecordRole.HANDLED;
    }

    @Override
    public RecordRole on(MitigationMeasureCompletedEvent event) {
        measuresCompleted.add(event.measureId());
        return RecordRole.HANDLED;
    }

    /** R10 lets only the role that recorded an event correct it: the corrector plays the corrected event's part. */
    @Override
    public RecordRole on(EventCorrectedEvent event) {
        return roleByEventId.getOrDefault(event.correctedEventId(), RecordRole.HANDLED);
    }

    @Override
    public RecordRole on(AssessmentPlanDraftedEvent event) {
        return RecordRole.ASSESSED;
    }

    @Override
    public RecordRole on(AssessmentAgencyCommissionedEvent event) {
        return RecordRole.ASSESSED;
    }

    @Override
    public RecordRole on(OpinionsCollectedEvent event) {
        return RecordRole.ASSESSED;
    }

    @Override
    public RecordRole on(DimensionAnalysedEvent event) {
        return RecordRole.ASSESSED;
    }

    @Override
    public RecordRole on(ProcedureEscalatedEvent event) {
        return RecordRole.ASSESSED;
    }

    @Override
    public RecordRole on(ReportCompiledEvent event) {
        return RecordRole.ASSESSED;
    }

    @Override
    public RecordRole on(ReassessmentOpenedEvent event) {
        return RecordRole.ASSESSED;
    }

    @Override
    public RecordRole on(ReportReviewedEvent event) {
        return RecordRole.REVIEWED;
    }

    @Override
    public RecordRole on(ReportFiledEvent event) {
        return RecordRole.FILED;
    }

    @Override
    public RecordRole on(ContingencyPlanPreparedEvent event) {
        return RecordRole.HANDLED;
    }

    @Override
    public RecordRole on(TrackingReportSubmittedEvent event) {
        return RecordRole.HANDLED;
    }

    @Override
    public RecordRole on(IncidentReportedEvent event) {
        return RecordRole.HANDLED;
    }

    @Override
    public RecordRole on(MatterClosedEvent event) {
        return RecordRole.HANDLED;
    }
}
