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

import java.util.List;

/**
 * Reads a matter's stream for an inquiry: the part each event shows its recorder playing (one case per matter event,
 * so a new event is placed here before it compiles), and whether the matter was graded before its decision and
 * every measure adopted for it carried out (酌情减轻, seed 004 篇3).
 */
final class MatterSubject implements MatterEventCases<RecordRole> {
    private final SubjectLedger ledger = new SubjectLedger();
    private String title;
    private JurisdictionCode jurisdiction;

    private MatterSubject() {
    }

    static SubjectHistory read(List<StreamedEvent> stream) {
        MatterSubject subject = new MatterSubject();
        subject.ledger.readAll(stream, payload -> ((MatterEvent) payload).accept(subject));
        return subject.ledger.history(SubjectKind.MATTER, subject.title, subject.jurisdiction, "决策");
    }

    @Override
    public RecordRole on(MatterRegisteredEvent event) {
        title = event.title();
        jurisdiction = event.jurisdiction();
        return RecordRole.REGISTERED;
    }

    @Override
    public RecordRole on(RiskGradedEvent event) {
        return ledger.graded();
    }

    @Override
    public RecordRole on(DecisionMadeEvent event) {
        return ledger.decided();
    }

    @Override
    public RecordRole on(MitigationMeasureAdoptedEvent event) {
        return ledger.measureAdopted(event.measureId());
    }

    @Override
    public RecordRole on(MitigationMeasureCompletedEvent event) {
        return ledger.measureCompleted(event.measureId());
    }

    @Override
    public RecordRole on(EventCorrectedEvent event) {
        return ledger.partOf(event.correctedEventId());
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
