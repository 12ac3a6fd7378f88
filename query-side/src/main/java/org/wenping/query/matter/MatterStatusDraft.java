package org.wenping.query.matter;

import java.time.Instant;
import java.time.LocalDate;

/** The mutable working copy a transition edits before it becomes the next immutable {@link MatterStatusView}. */
final class MatterStatusDraft {
    private final MatterStatusView base;
    MatterStage stage;
    String procedure;
    LocalDate assessmentDueBy;
    String riskLevel;
    String decision;
    LocalDate decidedOn;
    boolean assessmentNotUsed;
    LocalDate filingDeadline;
    LocalDate decisionFiledOn;
    boolean decisionFiledLate;
    int openMeasures;
    int incidents;
    int incidentsAfterDecision;
    LocalDate closedOn;

    MatterStatusDraft(MatterStatusView base) {
        this.base = base;
        stage = base.stage();
        procedure = base.procedure();
        assessmentDueBy = base.assessmentDueBy();
        riskLevel = base.riskLevel();
        decision = base.decision();
        decidedOn = base.decidedOn();
        assessmentNotUsed = base.assessmentNotUsed();
        filingDeadline = base.filingDeadline();
        decisionFiledOn = base.decisionFiledOn();
        decisionFiledLate = base.decisionFiledLate();
        openMeasures = base.openMeasures();
        incidents = base.incidents();
        incidentsAfterDecision = base.incidentsAfterDecision();
        closedOn = base.closedOn();
    }

    MatterStatusDraft stage(MatterStage next) {
        stage = next;
        return this;
    }

    MatterStatusView build(long sequence, Instant at) {
        return new MatterStatusView(base.id(), base.title(), base.category(), base.domain(), base.responsibleUnit(),
                base.decisionAuthority(), base.jurisdiction(), procedure, base.assessorMode(), base.gradingScheme(),
                base.registeredOn(), base.registeredAt(), base.registeredBy(), stage, stage.label(), assessmentDueBy,
                riskLevel, decision, decidedOn, assessmentNotUsed, filingDeadline, decisionFiledOn, decisionFiledLate,
                openMeasures, incidents, incidentsAfterDecision, closedOn, sequence, at);
    }
}
