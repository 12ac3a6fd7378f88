package org.wenping.query.accountability;

import org.wenping.kernel.matter.DecisionMadeEvent;
import org.wenping.kernel.matter.FilingStage;
import org.wenping.kernel.matter.IncidentReportedEvent;
import org.wenping.kernel.matter.MatterRegisteredEvent;
import org.wenping.kernel.matter.MitigationMeasureAdoptedEvent;
import org.wenping.kernel.matter.MitigationMeasureCompletedEvent;
import org.wenping.kernel.matter.ReassessmentOpenedEvent;
import org.wenping.kernel.matter.ReportFiledEvent;
import org.wenping.kernel.matter.RiskGradedEvent;
import org.wenping.query.dossier.RecordedEvent;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads a matter's events in order and finds the breaches they show, judged on {@code today}. */
final class BreachFinder implements BreachSeeker {
    private final LocalDate today;
    private final List<Breach> breaches = new ArrayList<>();
    private final Map<String, RecordedEvent> openMeasures = new LinkedHashMap<>();
    private final List<RecordedEvent> incidentsAwaitingReassessment = new ArrayList<>();
    private String responsibleUnit;
    private String decisionAuthority;
    private boolean gradedSinceReassessment;
    private boolean reassessing;
    private boolean measuresEverAdopted;
    private boolean decisionAssessed;
    private RecordedEvent decision;
    private RecordedEvent unfiledDecision;

    BreachFinder(LocalDate today) {
        this.today = today;
    }

    @Override
    public void see(RecordedEvent recorded) {
        Object event = recorded.event();
        if (event instanceof MatterRegisteredEvent e) {
            responsibleUnit = e.responsibleUnit();
            decisionAuthority = e.decisionAuthority();
        } else if (event instanceof RiskGradedEvent) {
            gradedSinceReassessment = true;
        } else if (event instanceof DecisionMadeEvent e) {
            decided(recorded, e);
        } else if (event instanceof ReportFiledEvent e && e.stage() == FilingStage.DECISION) {
            filed(recorded, e);
        } else if (event instanceof MitigationMeasureAdoptedEvent e) {
            openMeasures.put(e.measureId(), recorded);
            measuresEverAdopted = true;
        } else if (event instanceof MitigationMeasureCompletedEvent e) {
            openMeasures.remove(e.measureId());
        } else if (event instanceof IncidentReportedEvent e) {
            incident(recorded, e);
        } else if (event instanceof ReassessmentOpenedEvent) {
            reassessing = true;
            gradedSinceReassessment = false;
            incidentsAwaitingReassessment.clear();
        }
    }

    private void decided(RecordedEvent recorded, DecisionMadeEvent e) {
        if (unfiledDecision != null) missingFiling();
        if (!gradedSinceReassessment) {
            breaches.add(Breach.of(BreachKind.NOT_ASSESSED, "决策“" + e.decision().label() + "”前没有有效的风险定级",
                    e.decidedOn(), List.of(recorded.eventId()), deciders(recorded), null));
        }
        if (e.assessmentNotUsed()) {
            breaches.add(Breach.of(BreachKind.ASSESSMENT_NOT_USED, "风险等级为" + e.grade().label() + ",决策却为"
                            + e.decision().label() + ",超出分级表允许的范围;记录的理由:" + e.overrideReason(),
                    e.decidedOn(), List.of(recorded.eventId()), deciders(recorded), null));
        }
        decision = recorded;
        decisionAssessed = gradedSinceReassessment;
        unfiledDecision = recorded;
        reassessing = false;
    }

    private void filed(RecordedEvent recorded, ReportFiledEvent e) {
        if (unfiledDecision == null) return;
        LocalDate deadline = ((DecisionMadeEvent) unfiledDecision.event()).filingDeadline();
        if (e.late() || e.filedOn().isAfter(deadline)) {
            breaches.add(Breach.of(BreachKind.LATE_FILING, "决策报备期限为" + deadline + ",实际于" + e.filedOn() + "报备",
                    deadline, List.of(unfiledDecision.eventId(), recorded.eventId()), filers(), null));
        }
        unfiledDecision = null;
    }

    private void incident(RecordedEvent recorded, IncidentReportedEvent e) {
        if (decision == null) return;
        boolean mitigated = decisionAssessed && measuresEverAdopted && openMeasures.isEmpty();
        List<ResponsibleParty> answerable = new ArrayList<>(deciders(decision));
        answerable.add(ResponsibleParty.unit(responsibleUnit, "责任主体"));
        breaches.add(Breach.of(BreachKind.INCIDENT_AFTER_DECISION, "决策后发生" + e.form().label() + "(" + e.headcount()
                        + "人,地点" + e.place() + ")", e.occurredOn(), List.of(decision.eventId(), recorded.eventId()),
                answerable, mitigated ? "已评估且化解措施均已落实,可酌情减轻责任" : null));
        if (!reassessing) incidentsAwaitingReassessment.add(recorded);
    }

    @Override
    public List<Breach> finish() {
        if (unfiledDecision != null) missingFiling();
        for (RecordedEvent measure : openMeasures.values()) {
            MitigationMeasureAdoptedEvent e = (MitigationMeasureAdoptedEvent) measure.event();
            if (e.dueBy() != null && today.isAfter(e.dueBy())) {
                breaches.add(Breach.of(BreachKind.MEASURE_NOT_CARRIED_OUT, "化解措施“" + e.description() + "”期限为"
                                + e.dueBy() + ",至" + today + "仍未落实", e.dueBy(), List.of(measure.eventId()),
                        List.of(ResponsibleParty.named(e.responsiblePerson(), e.responsibleUnit(), "措施责任人")), null));
            }
        }
        for (RecordedEvent incident : incidentsAwaitingReassessment) {
            IncidentReportedEvent e = (IncidentReportedEvent) incident.event();
            breaches.add(Breach.of(BreachKind.NO_REASSESSMENT, "决策后发生" + e.form().label() + ",至" + today
                            + "未重新评估定级", e.occurredOn(), List.of(incident.eventId()),
                    List.of(ResponsibleParty.unit(responsibleUnit, "责任主体")), null));
        }
        return List.copyOf(breaches);
    }

    private void missingFiling() {
        DecisionMadeEvent e = (DecisionMadeEvent) unfiledDecision.event();
        if (today.isAfter(e.filingDeadline())) {
            breaches.add(Breach.of(BreachKind.MISSING_FILING, "决策报备期限为" + e.filingDeadline() + ",至" + today
                    + "未见报备", e.filingDeadline(), List.of(unfiledDecision.eventId()), filers(), null));
        }
        unfiledDecision = null;
    }

    private List<ResponsibleParty> deciders(RecordedEvent decisionEvent) {
        List<ResponsibleParty> parties = new ArrayList<>();
        if (decisionEvent.actor() != null) parties.add(ResponsibleParty.actor(decisionEvent.actor(), "决策人"));
        if (decisionAuthority != null) parties.add(ResponsibleParty.unit(decisionAuthority, "决策机关"));
        return parties;
    }

    private List<ResponsibleParty> filers() {
        return responsibleUnit == null ? List.of() : List.of(ResponsibleParty.unit(responsibleUnit, "责任主体"));
    }
}
