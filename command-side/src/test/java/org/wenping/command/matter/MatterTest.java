package org.wenping.command.matter;

import org.axonframework.messaging.MetaData;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.wenping.command.domain.BusinessDateInFutureException;
import org.wenping.command.domain.BusinessDateTooEarlyException;
import org.wenping.command.domain.BusinessDates;
import org.wenping.command.domain.MissingActorException;
import org.wenping.command.domain.OutsideJurisdictionException;
import org.wenping.command.domain.RoleNotPermittedException;
import org.wenping.kernel.actor.Actor;
import org.wenping.kernel.actor.EventMetadata;
import org.wenping.kernel.actor.Role;
import org.wenping.kernel.jurisdiction.JurisdictionCode;
import org.wenping.kernel.matter.AssessmentPlanDraftedEvent;
import org.wenping.kernel.matter.AssessorMode;
import org.wenping.kernel.matter.GradingScheme;
import org.wenping.kernel.matter.MatterCategory;
import org.wenping.kernel.matter.MatterId;
import org.wenping.kernel.matter.MatterRegisteredEvent;
import org.wenping.kernel.matter.Procedure;

import java.time.LocalDate;
import java.util.List;

class MatterTest {
    private static final MatterId ID = new MatterId("m-airport");
    private static final JurisdictionCode DUNHUANG = new JurisdictionCode("620982");
    private static final JurisdictionCode LANZHOU = new JurisdictionCode("620100");
    private static final LocalDate MARCH_1 = LocalDate.of(2026, 3, 1);
    private static final Actor ASSESSOR = new Actor("assessor", "张评估", Role.ASSESSOR, "市发改委",
            new JurisdictionCode("620900"));
    private static final Actor DECIDER = new Actor("decider", "李决策", Role.DECIDER, "市政府常务会议",
            new JurisdictionCode("620900"));

    private AggregateTestFixture<Matter> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Matter.class);
        fixture.registerInjectableResource(TestLists.none());
    }

    private static MetaData as(Actor actor) {
        return MetaData.from(EventMetadata.of(actor));
    }

    private static RegisterMatterCommand register(JurisdictionCode where, LocalDate on) {
        return new RegisterMatterCommand(ID, "敦煌机场扩建项目", MatterCategory.PROJECT, "交通", "市发改委",
                "市政府常务会议", where, Procedure.STANDARD, AssessorMode.THIRD_PARTY, GradingScheme.THREE_LEVEL, on);
    }

    private static MatterRegisteredEvent registered() {
        return new MatterRegisteredEvent(ID, "敦煌机场扩建项目", MatterCategory.PROJECT, "交通", "市发改委",
                "市政府常务会议", DUNHUANG, Procedure.STANDARD, AssessorMode.THIRD_PARTY, GradingScheme.THREE_LEVEL,
                MARCH_1);
    }

    private static DraftAssessmentPlanCommand plan(LocalDate on) {
        return new DraftAssessmentPlanCommand(ID, null, "机场周边征地拆迁户", List.of("座谈会", "问卷调查"), "合法性、合理性、可行性、可控性",
                MARCH_1.plusDays(30), List.of("市自然资源局"), on);
    }

    @Test
    void anAssessorRegistersAMatterInsideItsJurisdiction() {
        fixture.givenNoPriorActivity()
                .when(register(DUNHUANG, MARCH_1), as(ASSESSOR))
                .expectSuccessfulHandlerExecution()
                .expectEvents(registered());
    }

    @Test
    void registrationRecordsTheGradingSchemeResolvedForTheJurisdiction() {
        RegisterMatterCommand abc = new RegisterMatterCommand(ID, "敦煌机场扩建项目", MatterCategory.PROJECT, "交通",
                "市发改委", "市政府常务会议", DUNHUANG, Procedure.STANDARD, AssessorMode.THIRD_PARTY, GradingScheme.ABC,
                MARCH_1);
        fixture.givenNoPriorActivity()
                .when(abc, as(ASSESSOR))
                .expectEvents(new MatterRegisteredEvent(ID, "敦煌机场扩建项目", MatterCategory.PROJECT, "交通", "市发改委",
                        "市政府常务会议", DUNHUANG, Procedure.STANDARD, AssessorMode.THIRD_PARTY, GradingScheme.ABC,
                        MARCH_1));
    }

    @Test
    void refusesRegistrationOutsideTheActorsJurisdiction() {
        fixture.givenNoPriorActivity()
                .when(register(LANZHOU, MARCH_1), as(ASSESSOR))
                .expectNoEvents()
                .expectException(OutsideJurisdictionException.class);
    }

    @Test
    void refusesRegistrationByARoleThatDoesNotOwnTheStep() {
        fixture.givenNoPriorActivity()
                .when(register(DUNHUANG, MARCH_1), as(DECIDER))
                .expectNoEvents()
                .expectException(RoleNotPermittedException.class);
    }

    @Test
    void refusesACommandWithoutAnAuthenticatedActor() {
        fixture.givenNoPriorActivity()
                .when(register(DUNHUANG, MARCH_1))
                .expectNoEvents()
                .expectException(MissingActorException.class);
    }

    @Test
    void refusesARegistrationDatedInTheFuture() {
        fixture.givenNoPriorActivity()
                .when(register(DUNHUANG, LocalDate.now().plusDays(2)), as(ASSESSOR))
                .expectNoEvents()
                .expectException(BusinessDateInFutureException.class);
    }

    @Test
    void refusesADateBeforeTheRecordsBegin() {
        for (LocalDate early : List.of(LocalDate.of(1949, 9, 30), LocalDate.of(1, 1, 1), LocalDate.MIN)) {
            fixture.givenNoPriorActivity()
                    .when(register(DUNHUANG, early), as(ASSESSOR))
                    .expectNoEvents()
                    .expectException(BusinessDateTooEarlyException.class);
        }
        fixture.given(registered())
                .when(plan(LocalDate.of(1900, 1, 1)), as(ASSESSOR))
                .expectNoEvents()
                .expectException(BusinessDateTooEarlyException.class);
    }

    @Test
    void acceptsTheFirstDayOfTheRecords() {
        fixture.givenNoPriorActivity()
                .when(register(DUNHUANG, BusinessDates.EARLIEST), as(ASSESSOR))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void anAssessorDraftsTheAssessmentPlanAndLearnsTheNewVersion() {
        fixture.given(registered())
                .when(plan(MARCH_1), as(ASSESSOR))
                .expectEvents(new AssessmentPlanDraftedEvent(ID, "机场周边征地拆迁户", List.of("座谈会", "问卷调查"),
                        "合法性、合理性、可行性、可控性", MARCH_1.plusDays(30), List.of("市自然资源局"), MARCH_1))
                .expectResultMessagePayload(1L);
    }

    @Test
    void refusesAPlanByARoleThatDoesNotOwnTheStep() {
        fixture.given(registered())
                .when(plan(MARCH_1), as(DECIDER))
                .expectNoEvents()
                .expectException(RoleNotPermittedException.class);
    }

    @Test
    void refusesAPlanFromOutsideTheMattersJurisdiction() {
        Actor lanzhouAssessor = new Actor("lz", "兰州评估员", Role.ASSESSOR, "兰州市发改委", LANZHOU);
        fixture.given(registered())
                .when(plan(MARCH_1), as(lanzhouAssessor))
                .expectNoEvents()
                .expectException(OutsideJurisdictionException.class);
    }
}
