package org.wenping.command.inquiry;

import org.wenping.kernel.actor.Actor;
import org.wenping.kernel.inquiry.Breach;
import org.wenping.kernel.inquiry.RecordRole;
import org.wenping.kernel.inquiry.Responsibility;

import java.util.Comparator;
import java.util.List;

/**
 * Who a finding names, as the subject's record shows them: name and unit as recorded with their latest act, the
 * parts they played (in the events cited, or for a breach of omission anywhere in the record,
 * {@link BreachTable#byOmission}) and the heaviest responsibility any of their roles carries.
 */
record Culpability(String name, String unit, List<RecordRole> roles, Responsibility responsibility) {

    static Culpability of(SubjectHistory subject, String person, Breach breach, List<Long> evidence) {
        List<SubjectAct> inRecord = subject.actsOf(person);
        if (inRecord.isEmpty()) throw PersonNotAnswerableException.neverActed(person);
        List<SubjectAct> answerable = BreachTable.byOmission(breach) ? inRecord
                : inRecord.stream().filter(act -> evidence.contains(act.sequence())).toList();
        if (answerable.isEmpty()) throw PersonNotAnswerableException.notInEvidence(person, breach);
        Actor latest = inRecord.get(inRecord.size() - 1).actor();
        List<RecordRole> roles = answerable.stream().map(SubjectAct::role).distinct().toList();
        Responsibility heaviest = answerable.stream().map(act -> ResponsibilityTable.of(act.actor().role()))
                .min(Comparator.naturalOrder()).orElseThrow();
        return new Culpability(latest.displayName(), latest.unit(), roles, heaviest);
    }
}
