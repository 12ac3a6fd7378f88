package org.wenping.query.dossier;

import org.wenping.kernel.RecordEvent;
import org.wenping.kernel.matter.AssessmentAgencyCommissionedEvent;
import org.wenping.kernel.matter.AssessmentPlanDraftedEvent;
import org.wenping.kernel.matter.DecisionMadeEvent;
import org.wenping.kernel.matter.DimensionAnalysedEvent;
import org.wenping.kernel.matter.FilingStage;
import org.wenping.kernel.matter.MatterClosedEvent;
import org.wenping.kernel.matter.MatterRegisteredEvent;
import org.wenping.kernel.matter.OpinionsCollectedEvent;
import org.wenping.kernel.matter.Procedure;
import org.wenping.kernel.matter.ProcedureEscalatedEvent;
import org.wenping.kernel.matter.ReassessmentOpenedEvent;
import org.wenping.kernel.matter.ReportCompiledEvent;
import org.wenping.kernel.matter.ReportFiledEvent;
import org.wenping.kernel.matter.ReportReviewedEvent;
import org.wenping.kernel.matter.ReviewConclusion;
import org.wenping.kernel.matter.RiskGradedEvent;

import java.time.LocalDate;

/** Folds a matter's events, in order, into its {@link DossierFacts}; lives only while one dossier is built. */
final class FactsFold implements DossierFold<DossierFacts> {
    private MatterRegisteredEvent registered;
    private String agencyId;
    private Procedure procedure;
    private DossierStage stage = DossierStage.REGISTERED;
    private RiskGradedEvent grade;
    private String reportHash;
    private DecisionMadeEvent decision;
    private LocalDate closedOn;

    @Override
    public void apply(RecordEvent event) {
        if (event instanceof MatterRegisteredEvent e) {
            registered = e;
            procedure = e.procedure();
        } else if (event instanceof ProcedureEscalatedEvent e) {
            procedure = e.to();
        } else if (event instanceof AssessmentAgencyCommissionedEvent e) {
            agencyId = e.agencyId().value();
            if (stage == DossierStage.REGISTERED) stage = DossierStage.ASSESSING;
        } else if (event instanceof RiskGradedEvent e) {
            grade = e;
            stage = DossierStage.GRADED;
        } else if (event instanceof ReportCompiledEvent e) {
            reportHash = e.documentHash();
            stage = DossierStage.REPORTED;
        } else if (event instanceof ReportReviewedEvent e) {
            stage = e.conclusion() == ReviewConclusion.FAILED ? DossierStage.ASSESSING : DossierStage.REVIEWED;
        } else if (event instanceof ReportFiledEvent e && e.stage() == FilingStage.REVIEW) {
            stage = DossierStage.FILED_FOR_REVIEW;
        } else {
            applyLater(event);
        }
    }

    private void applyLater(RecordEvent event) {
        if (event instanceof DecisionMadeEvent e) {
            decision = e;
            stage = DossierStage.TRACKING;
        } else if (event instanceof ReassessmentOpenedEvent) {
            stage = DossierStage.REASSESSING;
        } else if (event instanceof MatterClosedEvent e) {
            closedOn = e.closedOn();
            stage = DossierStage.CLOSED;
        } else if (stage == DossierStage.REGISTERED && isAssessmentWork(event)) {
            stage = DossierStage.ASSESSING;
        }
    }

    private static boolean isAssessmentWork(Object event) {
        return event instanceof AssessmentPlanDraftedEvent || event instanceof OpinionsCollectedEvent
                || event instanceof DimensionAnalysedEvent;
    }

    @Override
    public DossierFacts facts() {
        if (registered == null) return null;
        MatterRegisteredEvent r = registered;
        return new DossierFacts(r.matterId().value(), r.title(), CodeLabel.of(r.category(), r.category().label()),
                r.domain(), r.responsibleUnit(), r.decisionAuthority(), r.jurisdiction().value(),
                CodeLabel.of(procedure, procedure.label()), CodeLabel.of(r.assessorMode(), r.assessorMode().label()),
                CodeLabel.of(r.gradingScheme(), r.gradingScheme().label()), r.registeredOn(), agencyId, stage.coded(),
                grade == null ? null : CodeLabel.of(grade.level(), grade.level().label()),
                grade == null ? null : grade.gradedOn(), reportHash,
                decision == null ? null : CodeLabel.of(decision.decision(), decision.decision().label()),
                decision == null ? null : decision.decidedOn(), decision != null && decision.assessmentNotUsed(),
                decision == null ? null : decision.filingDeadline(), closedOn);
    }
}
