package org.wenping.query.stats;

import org.wenping.kernel.jurisdiction.JurisdictionCode;
import org.wenping.kernel.matter.*;
import org.wenping.query.matter.MatterStage;
import org.wenping.query.matter.MatterStatusView;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** Hand-made status views: only the fields the statistics read, the rest fixed; built by the view's transitions. */
final class ViewBuilder {
    private final String id;
    private String category = "PROJECT";
    private String jurisdiction = "620902";
    private String unit = "肃州区发改局";
    private String procedure = "STANDARD";
    private String assessorMode = "SELF";
    private LocalDate registeredOn = LocalDate.of(2026, 3, 1);
    private MatterStage stage = MatterStage.REGISTERED;
    private String riskLevel;
    private String decision;
    private LocalDate decidedOn;
    private LocalDate filingDeadline;
    private LocalDate filedOn;
    private boolean filedLate;
    private boolean assessmentNotUsed;
    private int openMeasures;
    private int incidents;

    private ViewBuilder(String id) {
        this.id = id;
    }

    static ViewBuilder matter(String id) {
        return new ViewBuilder(id);
    }

    ViewBuilder in(String jurisdiction, String unit) {
        this.jurisdiction = jurisdiction;
        this.unit = unit;
        return this;
    }

    ViewBuilder category(String category) {
        this.category = category;
        return this;
    }

    ViewBuilder procedure(String procedure) {
        this.procedure = procedure;
        return this;
    }

    ViewBuilder thirdParty() {
        this.assessorMode = "THIRD_PARTY";
        return this;
    }

    ViewBuilder registeredOn(LocalDate date) {
        this.registeredOn = date;
        return this;
    }

    /** Under assessment: an assessment plan has been drafted. */
    ViewBuilder assessing() {
        this.stage = MatterStage.ASSESSING;
        return this;
    }

    ViewBuilder graded(String level) {
        this.riskLevel = level;
        this.stage = MatterStage.GRADED;
        return this;
    }

    /** Decided on {@code on}; the filing is due the next day (R6). */
    ViewBuilder decided(String decision, LocalDate on) {
        this.decision = decision;
        this.decidedOn = on;
        this.filingDeadline = on.plusDays(1);
        this.stage = MatterStage.DECIDED;
        return this;
    }

    /** The decision goes against the assessment (评而不用, R2). */
    ViewBuilder assessmentNotUsed() {
        this.assessmentNotUsed = true;
        return this;
    }

    ViewBuilder filed(LocalDate on, boolean late) {
        this.filedOn = on;
        this.filedLate = late;
        return this;
    }

    ViewBuilder tracking(MatterStage stage, int openMeasures, int incidents) {
        this.stage = stage;
        this.openMeasures = openMeasures;
        this.incidents = incidents;
        return this;
    }

    /** The view these facts lead to, taken through the transitions the projection applies. */
    MatterStatusView build() {
        Instant at = registeredOn.atStartOfDay().toInstant(ZoneOffset.ofHours(8));
        MatterId matter = new MatterId(id);
        MatterStatusView view = MatterStatusView.registered(new MatterRegisteredEvent(matter, "事项 " + id,
                MatterCategory.valueOf(category), "城市建设", unit, "政府常务会议", new JurisdictionCode(jurisdiction),
                Procedure.valueOf(procedure), AssessorMode.valueOf(assessorMode), GradingScheme.THREE_LEVEL, registeredOn),
                null, at);
        if (stage == MatterStage.ASSESSING) view = view.planned(registeredOn.plusDays(30));
        if (riskLevel != null) view = view.graded(RiskLevel.valueOf(riskLevel));
        if (decision != null) {
            view = view.decided(new DecisionMadeEvent(matter, Decision.valueOf(decision), riskLevel == null ? RiskLevel.LOW : RiskLevel.valueOf(riskLevel),
                    "常务会议", assessmentNotUsed ? "会议认为可控" : null, assessmentNotUsed, decidedOn, filingDeadline));
        }
        if (filedOn != null) view = view.decisionFiled(filedOn, filedLate);
        for (int i = 0; i < openMeasures; i++) view = view.measureAdopted("measure-" + i, null);
        // An incident of an undecided matter happened before any decision; of a decided one, on its day.
        for (int i = 0; i < incidents; i++) view = view.incidentOn(decidedOn == null ? registeredOn : decidedOn);
        if (stage == MatterStage.TRACKING) view = view.trackingReported();
        if (stage == MatterStage.REASSESSING) view = view.reassessing();
        if (stage == MatterStage.CLOSED) view = view.closed(registeredOn.plusDays(60));
        return view.stamped(1, at);
    }
}
