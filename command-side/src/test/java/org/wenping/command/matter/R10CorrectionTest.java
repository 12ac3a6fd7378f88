package org.wenping.command.matter;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.TestExecutor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.wenping.kernel.actor.Actor;
import org.wenping.kernel.actor.EventMetadata;
import org.wenping.kernel.actor.Role;
import org.wenping.kernel.matter.Decision;
import org.wenping.kernel.matter.EventCorrectedEvent;
import org.wenping.kernel.matter.MatterClosedEvent;
import org.wenping.kernel.matter.Procedure;
import org.wenping.kernel.matter.ReviewConclusion;
import org.wenping.kernel.matter.RiskLevel;

import java.util.List;

import static org.wenping.command.matter.Given.*;

/**
 * R10: corrections are events that name an earlier event of the matter; nothing is overwritten. Only the role
 * that recorded the event (from its metadata) and the 维稳办 may correct it; a correction is not corrected.
 */
class R10CorrectionTest {
    private static final int GRADE = 1;
    private static final int DECISION = 5;

    private AggregateTestFixture<Matter> fixture;

    @BeforeEach
    void setUp() {
        fixture = fixture(new TestRegistry());
    }

    private String idOfEvent(int sequence) {
        List<? extends DomainEventMessage<?>> events = fixture.getEventStore().readEvents(ID.value()).asStream().toList();
        return events.get(sequence).getIdentifier();
    }

    private static EventMessage<?> by(Actor actor, Object event) {
        return GenericEventMessage.asEventMessage(event).withMetaData(EventMetadata.of(actor));
    }

    /** {@link Given#underTracking()}, each event recorded by the role that owns its step. */
    private static List<Object> underTrackingAsRecorded() {
        return List.of(by(ASSESSOR, registered(Procedure.STANDARD)), by(ASSESSOR, graded(RiskLevel.LOW)),
                by(ASSESSOR, report()), by(EXPERT, reviewed(ReviewConclusion.PASSED)), by(SUPERVISOR, filedForReview()),
                by(DECIDER, decided(Decision.IMPLEMENT, RiskLevel.LOW)));
    }

    private static Actor inJiuquan(Role role) {
        return new Actor(role.name().toLowerCase(), "用户", role, "市直单位", JIUQUAN);
    }

    @Test
    void theAssessorCorrectsTheGradeItRecorded() {
        TestExecutor<Matter> given = fixture.given(underTrackingAsRecorded());
        String gradeId = idOfEvent(GRADE);
        given.when(new CorrectEventCommand(ID, null, gradeId, "定级理由录入有误", DAY), as(ASSESSOR))
                .expectEvents(new EventCorrectedEvent(ID, gradeId, "RiskGradedEvent", "定级理由录入有误", DAY));
    }

    @Test
    void theDeciderCorrectsItsDecisionEvenAfterClosure() {
        TestExecutor<Matter> given = fixture.given(underTrackingAsRecorded())
                .andGiven(List.of(by(ASSESSOR, new MatterClosedEvent(ID, "实施完毕", DAY))));
        String decisionId = idOfEvent(DECISION);
        given.when(new CorrectEventCommand(ID, null, decisionId, "会议编号有误", DAY), as(DECIDER))
                .expectEvents(new EventCorrectedEvent(ID, decisionId, "DecisionMadeEvent", "会议编号有误", DAY));
    }

    @Test
    void theSupervisingOfficeCorrectsAnEventAnotherRoleRecorded() {
        TestExecutor<Matter> given = fixture.given(underTrackingAsRecorded());
        String decisionId = idOfEvent(DECISION);
        given.when(new CorrectEventCommand(ID, null, decisionId, "会议编号有误", DAY), as(SUPERVISOR))
                .expectEvents(new EventCorrectedEvent(ID, decisionId, "DecisionMadeEvent", "会议编号有误", DAY));
    }

    @Test
    void theSupervisingOfficeAloneCorrectsAnEventRecordedWithoutAnActor() {
        TestExecutor<Matter> given = fixture.given(underTracking());
        String gradeId = idOfEvent(GRADE);
        given.when(new CorrectEventCommand(ID, null, gradeId, "定级理由录入有误", DAY), as(SUPERVISOR))
                .expectEvents(new EventCorrectedEvent(ID, gradeId, "RiskGradedEvent", "定级理由录入有误", DAY));
    }

    @Test
    void refusesAnExpertCorrectingTheDecidersDecision() {
        TestExecutor<Matter> given = fixture.given(underTrackingAsRecorded());
        given.when(new CorrectEventCommand(ID, null, idOfEvent(DECISION), "决策有误", DAY), as(EXPERT))
                .expectNoEvents()
                .expectException(RefusedWith.code("R10_NOT_RECORDER"));
    }

    @Test
    void refusesTheAssessorCorrectingAnEventRecordedWithoutAnActor() {
        TestExecutor<Matter> given = fixture.given(underTracking());
        given.when(new CorrectEventCommand(ID, null, idOfEvent(GRADE), "有误", DAY), as(ASSESSOR))
                .expectNoEvents()
                .expectException(RefusedWith.code("R10_NOT_RECORDER"));
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"ARCHIVIST", "INSPECTOR", "ADMIN"})
    void refusesARoleTheTableGivesNoCorrection(Role role) {
        TestExecutor<Matter> given = fixture.given(underTrackingAsRecorded());
        given.when(new CorrectEventCommand(ID, null, idOfEvent(GRADE), "有误", DAY), as(inJiuquan(role)))
                .expectNoEvents()
                .expectException(RefusedWith.code("R9_ROLE_NOT_PERMITTED"));
    }

    @Test
    void refusesACorrectionOfACorrectionEvenFromTheSupervisingOffice() {
        TestExecutor<Matter> given = fixture.given(underTrackingAsRecorded());
        String gradeId = idOfEvent(GRADE);
        given = given.andGiven(List.of(by(SUPERVISOR, new EventCorrectedEvent(ID, gradeId, "RiskGradedEvent", "有误", DAY))));
        given.when(new CorrectEventCommand(ID, null, idOfEvent(DECISION + 1), "更正有误", DAY), as(SUPERVISOR))
                .expectNoEvents()
                .expectException(RefusedWith.code("R10_CORRECTION_OF_CORRECTION"));
    }

    @Test
    void refusesACorrectionOfAnEventTheMatterDoesNotHave() {
        fixture.given(underTrackingAsRecorded())
                .when(new CorrectEventCommand(ID, null, "no-such-event", "有误", DAY), as(ASSESSOR))
                .expectNoEvents()
                .expectException(RefusedWith.code("R10_UNKNOWN_EVENT"));
    }

    @Test
    void refusesACorrectionFromOutsideTheJurisdiction() {
        TestExecutor<Matter> given = fixture.given(registered(Procedure.STANDARD), graded(RiskLevel.LOW));
        given.when(new CorrectEventCommand(ID, null, idOfEvent(GRADE), "有误", DAY), as(LANZHOU_DECIDER))
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
