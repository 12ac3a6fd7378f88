package org.wenping.command.inquiry;

import org.wenping.kernel.actor.Actor;
import org.wenping.kernel.actor.Role;
import org.wenping.kernel.inquiry.RecordRole;
import org.wenping.kernel.inquiry.SubjectKind;
import org.wenping.kernel.jurisdiction.JurisdictionCode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * What reading a matter's or a case's stream keeps for an inquiry, whichever kind it is: each act with its part, and
 * what 酌情减轻 asks (seed 004 篇3): graded before the decision or ruling, and every measure adopted carried out.
 */
final class SubjectLedger {
    private final List<SubjectAct> acts = new ArrayList<>();
    private final Map<String, RecordRole> roleByEventId = new HashMap<>();
    private final Set<String> measuresAdopted = new HashSet<>();
    private final Set<String> measuresCompleted = new HashSet<>();
    private Long gradedBeforeDecision;
    private boolean decided;
    private long sequence;

    /**
     * Reads the stream in order: {@code part} is the subject's switch over its family, which reports to this ledger
     * what each event shows and answers the part its recorder played.
     */
    void readAll(List<StreamedEvent> stream, Function<Object, RecordRole> part) {
        for (StreamedEvent event : stream) {
            sequence = event.sequence();
            record(event, part.apply(event.payload()));
        }
    }

    /** A leader's handling of a case is their supervising it. */
    private void record(StreamedEvent event, RecordRole role) {
        Actor actor = event.actor();
        boolean leader = actor != null && (actor.role() == Role.CASE_LEAD || actor.role() == Role.ORGAN_HEAD);
        RecordRole played = role == RecordRole.HANDLED && leader ? RecordRole.SUPERVISED : role;
        roleByEventId.put(event.eventId(), played);
        acts.add(new SubjectAct(event.sequence(), played, actor));
    }

    /** R10 lets only the role that recorded an event correct it: the corrector plays the corrected event's part. */
    RecordRole partOf(String correctedEventId) {
        return roleByEventId.getOrDefault(correctedEventId, RecordRole.HANDLED);
    }

    RecordRole graded() {
        if (!decided && gradedBeforeDecision == null) gradedBeforeDecision = sequence;
        return RecordRole.GRADED;
    }

    RecordRole decided() {
        decided = true;
        return RecordRole.DECIDED;
    }

    RecordRole measureAdopted(String measureId) {
        measuresAdopted.add(measureId);
        return RecordRole.HANDLED;
    }

    RecordRole measureCompleted(String measureId) {
        measuresCompleted.add(measureId);
        return RecordRole.HANDLED;
    }

    /** @param decision what the subject's decision is called: 决策 for a matter, 裁决 for a case */
    SubjectHistory history(SubjectKind kind, String title, JurisdictionCode jurisdiction, String decision) {
        return new SubjectHistory(kind, title, jurisdiction, acts, mitigationGrounds(decision));
    }

    private String mitigationGrounds(String decision) {
        if (gradedBeforeDecision == null || measuresAdopted.isEmpty() || !measuresCompleted.containsAll(measuresAdopted)) {
            return null;
        }
        return decision + "前已评估定级(事件序号 " + gradedBeforeDecision + "),所定 " + measuresAdopted.size()
                + " 项化解措施均已落实";
    }
}
