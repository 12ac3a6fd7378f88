package org.wenping.command.matter;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.TestExecutor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.wenping.kernel.matter.Decision;
import org.wenping.kernel.matter.EventCorrectedEvent;
import org.wenping.kernel.matter.MatterClosedEvent;
import org.wenping.kernel.matter.RiskLevel;

import java.util.List;

import static org.wenping.command.matter.Given.*;

/** R10: corrections are events that name an earlier event of the matter; nothing is overwritten. */
class R10CorrectionTest {
    private AggregateTestFixture<Matter> fixture;

    @BeforeEach
    void setUp() {
        fixture = fixture(new TestRegistry());
    }

    private String idOfEvent(int sequence) {
        List<? extends DomainEventMessage<?>> events = fixture.getEventStore().readEvents(ID.value()).asStream().toList();
        return events.get(sequence).getIdentifier();
    }

    @Test
    void correctsAnEarlierEventOfTheMatterByItsId() {
        TestExecutor<Matter> given = fixture.given(underTracking());
        String gradeId = idOfEvent(1);
        given.when(new CorrectEventCommand(ID, null, gradeId, "定级理由录入有误", DAY), as(ASSESSOR))
                .expectEvents(new EventCorrectedEvent(ID, gradeId, "RiskGradedEvent", "定级理由录入有误", DAY));
    }

    @Test
    void correctsEvenAfterClosure() {
        TestExecutor<Matter> given = fixture.given(underTracking()).andGiven(new MatterClosedEvent(ID, "实施完毕", DAY));
        String decisionId = idOfEvent(5);
        given.when(new CorrectEventCommand(ID, null, decisionId, "会议编号有误", DAY), as(DECIDER))
                .expectEvents(new EventCorrectedEvent(ID, decisionId, "DecisionMadeEvent", "会议编号有误", DAY));
    }

    @Test
    void refusesACorrectionOfAnEventTheMatterDoesNotHave() {
        fixture.given(underTracking())
                .when(new CorrectEventCommand(ID, null, "no-such-event", "有误", DAY), as(ASSESSOR))
                .expectNoEvents()
                .expectException(RefusedWith.code("R10_UNKNOWN_EVENT"));
    }

    @Test
    void refusesACorrectionFromOutsideTheJurisdiction() {
        TestExecutor<Matter> given = fixture.given(registered(org.wenping.kernel.matter.Procedure.STANDARD),
                graded(RiskLevel.LOW));
        given.when(new CorrectEventCommand(ID, null, idOfEvent(1), "有误", DAY), as(LANZHOU_DECIDER))
                .expectNoEvents()
                .expectException(RefusedWith.code("R9_OUTSIDE_JURISDICTION"));
    }

    @Test
    void aClosedMatterTakesNoFurtherDecision() {
        fixture.given(underTracking()).andGiven(new MatterClosedEvent(ID, "实施完毕", DAY))
                .when(new MakeDecisionCommand(ID, null, Decision.REJECT, "会议", null, DAY), as(DECIDER))
                .expectNoEvents()
                .expectException(RefusedWith.code("MATTER_CLOSED"));
    }
}
