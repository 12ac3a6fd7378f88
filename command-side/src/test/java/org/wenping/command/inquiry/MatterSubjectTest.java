package org.wenping.command.inquiry;

import org.junit.jupiter.api.Test;
import org.wenping.kernel.inquiry.RecordRole;
import org.wenping.kernel.inquiry.SubjectKind;
import org.wenping.kernel.matter.EventCorrectedEvent;
import org.wenping.kernel.matter.MatterId;
import org.wenping.kernel.matter.RiskGradedEvent;
import org.wenping.kernel.matter.GradingScheme;
import org.wenping.kernel.matter.RiskLevel;
import org.wenping.kernel.registry.ExpertRemovedEvent;
import org.wenping.kernel.registry.ExpertId;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wenping.command.inquiry.Subject.*;

/** How an inquiry reads a matter's stream: each event's part, corrections, and the grounds for 酌情减轻. */
class MatterSubjectTest {
    @Test
    void eachEventShowsThePartItsRecorderPlayed() {
        SubjectHistory history = EventSourcedSubjects.read(assessedAndMitigated()).orElseThrow();

        assertThat(history.kind()).isEqualTo(SubjectKind.MATTER);
        assertThat(history.jurisdiction()).isEqualTo(DUNHUANG);
        assertThat(history.acts()).extracting(SubjectAct::role).containsExactly(RecordRole.REGISTERED,
                RecordRole.GRADED, RecordRole.ASSESSED, RecordRole.REVIEWED, RecordRole.FILED, RecordRole.DECIDED,
                RecordRole.HANDLED, RecordRole.HANDLED, RecordRole.HANDLED);
    }

    @Test
    void aCorrectionPlaysThePartOfTheEventItCorrects() {
        List<StreamedEvent> stream = new ArrayList<>(assessedAndMitigated());
        stream.add(new StreamedEvent(9, "event-9", new EventCorrectedEvent(new MatterId(MATTER), "event-5",
                "DecisionMadeEvent", "会议纪要编号有误", DAY), DECIDER));

        SubjectHistory history = EventSourcedSubjects.read(stream).orElseThrow();

        assertThat(history.actsOf("decider")).extracting(SubjectAct::role).containsExactly(RecordRole.DECIDED, RecordRole.DECIDED);
    }

    @Test
    void aGradeRecordedOnlyAfterTheDecisionIsNoAssessmentBeforehand() {
        List<StreamedEvent> stream = new ArrayList<>(assessedAndMitigated());
        stream.remove(1);
        stream.add(new StreamedEvent(9, "event-9", new RiskGradedEvent(new MatterId(MATTER), GradingScheme.THREE_LEVEL,
                RiskLevel.LOW, List.of("补评"), DAY), ASSESSOR));

        assertThat(EventSourcedSubjects.read(stream).orElseThrow().mitigationGrounds()).isNull();
    }

    @Test
    void aStreamOfAnotherKindOfRecordIsNoSubject() {
        assertThat(EventSourcedSubjects.read(List.of(new StreamedEvent(0, "event-0",
                new ExpertRemovedEvent(new ExpertId("expert-1"), "退出", DAY), ASSESSOR)))).isEmpty();
        assertThat(EventSourcedSubjects.read(List.of())).isEmpty();
    }
}
