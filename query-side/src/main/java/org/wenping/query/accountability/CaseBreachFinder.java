package org.wenping.query.accountability;

import org.wenping.kernel.legalcase.CaseListedEvent;
import org.wenping.kernel.legalcase.CaseMeasureAdoptedEvent;
import org.wenping.kernel.legalcase.CaseMeasureCompletedEvent;
import org.wenping.kernel.legalcase.CaseRulingMadeEvent;
import org.wenping.query.dossier.RecordedEvent;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a case's events in order and finds the breaches they show, judged on {@code today}, naming those who answer
 * for them by 谁办理、谁评估、谁化解: the 承办人 (直接责任人), the 分管领导 (主要责任人), the 主要领导 (第一责任人).
 * R8 itself is never breached on record (the command side refuses such a ruling and writes nothing).
 */
final class CaseBreachFinder implements BreachSeeker {
    private final LocalDate today;
    private final List<Breach> breaches = new ArrayList<>();
    private final Map<String, RecordedEvent> openMeasures = new LinkedHashMap<>();
    private CaseListedEvent listing;

    CaseBreachFinder(LocalDate today) {
        this.today = today;
    }

    @Override
    public void see(RecordedEvent recorded) {
        Object event = recorded.event();
        if (event instanceof CaseListedEvent e) {
            listing = e;
        } else if (event instanceof CaseMeasureAdoptedEvent e) {
            openMeasures.put(e.measureId(), recorded);
        } else if (event instanceof CaseMeasureCompletedEvent e) {
            openMeasures.remove(e.measureId());
        } else if (event instanceof CaseRulingMadeEvent e && e.utmostCaution()) {
            breaches.add(Breach.of(BreachKind.RULING_WITHOUT_SUPPORT, "裁决“" + e.kind().label()
                    + "”时听取的意见中多数不理解、不支持,须慎之又慎,扎实细致地做好工作", e.ruledOn(),
                    List.of(recorded.eventId()), leaders(recorded), null));
        }
    }

    @Override
    public List<Breach> finish() {
        for (RecordedEvent measure : openMeasures.values()) {
            CaseMeasureAdoptedEvent e = (CaseMeasureAdoptedEvent) measure.event();
            if (e.dueBy() != null && today.isAfter(e.dueBy())) {
                List<ResponsibleParty> answerable = new ArrayList<>();
                answerable.add(ResponsibleParty.named(e.responsiblePerson(), e.responsibleUnit(), "措施责任人"));
                answerable.addAll(leaders(null));
                breaches.add(Breach.of(BreachKind.MEASURE_NOT_CARRIED_OUT, "化解措施“" + e.description() + "”期限为"
                        + e.dueBy() + ",至" + today + "仍未落实", e.dueBy(), List.of(measure.eventId()), answerable, null));
            }
        }
        return List.copyOf(breaches);
    }

    /** Who answers for the case: the one who recorded the step, then 承办人, 分管领导, 主要领导 as listed. */
    private List<ResponsibleParty> leaders(RecordedEvent step) {
        List<ResponsibleParty> parties = new ArrayList<>();
        if (step != null && step.actor() != null) parties.add(ResponsibleParty.actor(step.actor(), "裁决记录人"));
        if (listing == null) return parties;
        parties.add(ResponsibleParty.named(listing.handler(), listing.organUnit(), "直接责任人(承办人)"));
        parties.add(ResponsibleParty.named(listing.caseLead(), listing.organUnit(), "主要责任人(分管领导)"));
        parties.add(ResponsibleParty.named(listing.organHead(), listing.organUnit(), "第一责任人(主要领导)"));
        return parties;
    }
}
