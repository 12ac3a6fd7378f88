package org.wenping.command.inquiry;

import org.wenping.kernel.inquiry.SubjectKind;
import org.wenping.kernel.jurisdiction.JurisdictionCode;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A subject's record as an inquiry weighs it: every act with its part and recorder, and whether it was assessed
 * beforehand with its measures carried out (seed 004 篇3).
 *
 * @param title the matter's title or the case's name
 * @param mitigationGrounds why responsibility for it may be lightened (酌情减轻), or null when it may not
 */
record SubjectHistory(SubjectKind kind, String title, JurisdictionCode jurisdiction, List<SubjectAct> acts,
                      String mitigationGrounds) {
    SubjectHistory {
        acts = List.copyOf(acts);
    }

    /** The first of {@code sequences} that is no event of this subject. */
    Optional<Long> firstAbsent(List<Long> sequences) {
        Set<Long> present = acts.stream().map(SubjectAct::sequence).collect(Collectors.toSet());
        return sequences.stream().filter(sequence -> !present.contains(sequence)).findFirst();
    }

    /** The acts {@code person} recorded, in stream order. */
    List<SubjectAct> actsOf(String person) {
        return acts.stream().filter(act -> act.recordedBy(person)).toList();
    }
}
