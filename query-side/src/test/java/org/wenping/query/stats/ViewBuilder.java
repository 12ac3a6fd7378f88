package org.wenping.query.stats;

import org.wenping.query.matter.MatterStage;
import org.wenping.query.matter.MatterStatusView;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** Hand-made status views: only the fields the statistics read, the rest fixed. */
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

    ViewBuilder stage(MatterStage stage) {
        this.stage = stage;
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

    MatterStatusView build() {
        Instant at = registeredOn.atStartOfDay().toInstant(ZoneOffset.ofHours(8));
        return new MatterStatusView(id, "事项 " + id, category, "城市建设", unit, "政府常务会议", jurisdiction,
                procedure, assessorMode, "THREE_LEVEL", registeredOn, at, null, stage, stage.label(), null,
                riskLevel, decision, decidedOn, false, filingDeadline, filedOn, filedLate, openMeasures, incidents,
                decision == null ? 0 : incidents, null, 1, at);
    }
}
