package org.wenping.command.matter;

import org.junit.jupiter.api.Test;
import org.wenping.kernel.lists.AssessmentListCompiledEvent;
import org.wenping.kernel.lists.AssessmentListFiledEvent;
import org.wenping.kernel.lists.AssessmentListId;
import org.wenping.kernel.lists.ListItemAddedEvent;
import org.wenping.kernel.lists.ListItemWithdrawnEvent;
import org.wenping.kernel.lists.PlannedItem;
import org.wenping.kernel.matter.AssessorMode;
import org.wenping.kernel.matter.Decision;
import org.wenping.kernel.matter.GradingScheme;
import org.wenping.kernel.matter.MatterCategory;
import org.wenping.kernel.matter.MatterRegisteredEvent;
import org.wenping.kernel.matter.Procedure;
import org.wenping.kernel.matter.RiskLevel;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import static org.wenping.command.matter.Given.*;

/** R11 未备案不审批 (seed 004 篇3), and the list item a matter is registered against. */
class R11FiledListTest {
    private static final AssessmentListId LIST = AssessmentListId.of(DUNHUANG, UNIT, DAY.getYear());
    private static final PlannedItem AIRPORT = new PlannedItem("敦煌机场扩建项目", MatterCategory.PROJECT, "交通",
            "市政府常务会议", YearMonth.of(2026, 3));
    private static final AssessmentListCompiledEvent COMPILED = new AssessmentListCompiledEvent(LIST, UNIT, DUNHUANG,
            DAY.getYear(), List.of(AIRPORT), DAY.minusDays(40));
    private static final AssessmentListFiledEvent FILED = new AssessmentListFiledEvent(LIST, "维稳备〔2026〕1号",
            DAY.minusDays(30), DAY.plusDays(30), false);

    private static RegisterMatterCommand register(AssessmentListId listId, Integer itemNo, String offListReason) {
        return new RegisterMatterCommand(ID, "敦煌机场扩建项目", MatterCategory.PROJECT, "交通", UNIT, "市政府常务会议",
                DUNHUANG, Procedure.STANDARD, AssessorMode.SELF, GradingScheme.THREE_LEVEL, DAY, listId, itemNo, offListReason);
    }

    private static MatterRegisteredEvent registeredAgainst(Integer itemNo) {
        return new MatterRegisteredEvent(ID, "敦煌机场扩建项目", MatterCategory.PROJECT, "交通", UNIT, "市政府常务会议",
                DUNHUANG, Procedure.STANDARD, AssessorMode.SELF, GradingScheme.THREE_LEVEL, DAY, LIST, itemNo, null);
    }

    /** {@code registration}, then graded low, reported, reviewed and filed for review. */
    private static List<Object> readyToDecide(MatterRegisteredEvent registration) {
        List<Object> events = new ArrayList<>(Given.readyToDecide(Procedure.STANDARD, RiskLevel.LOW));
        events.set(0, registration);
        return events;
    }

    private static MakeDecisionCommand implement() {
        return new MakeDecisionCommand(ID, null, Decision.IMPLEMENT, "市政府常务会议第5次", null, DAY);
    }

    @Test
    void aMatterIsRegisteredAgainstAnOpenItemOfItsUnitsList() {
        fixture(new TestRegistry(), TestLists.refusing().with(LIST, COMPILED))
                .givenNoPriorActivity()
                .when(register(LIST, 1, null), as(ASSESSOR))
                .expectEvents(registeredAgainst(1));
    }

    @Test
    void refusesARegistrationAgainstAWithdrawnItem() {
        fixture(new TestRegistry(), TestLists.refusing().with(LIST, COMPILED,
                new ListItemWithdrawnEvent(LIST, 1, "项目取消", DAY)))
                .givenNoPriorActivity()
                .when(register(LIST, 1, null), as(ASSESSOR))
                .expectNoEvents().expectException(RefusedWith.code("LIST_ITEM_UNKNOWN"));
    }

    @Test
    void aMatterOffTheListSaysWhy() {
        fixture(new TestRegistry(), TestLists.refusing())
                .givenNoPriorActivity()
                .when(register(null, null, "突发应急决策,未列入年度计划"), as(ASSESSOR))
                .expectEvents(new MatterRegisteredEvent(ID, "敦煌机场扩建项目", MatterCategory.PROJECT, "交通", UNIT,
                        "市政府常务会议", DUNHUANG, Procedure.STANDARD, AssessorMode.SELF, GradingScheme.THREE_LEVEL, DAY,
                        null, null, "突发应急决策,未列入年度计划"));
    }

    @Test
    void whereEnforcedAMatterOnAFiledListIsDecided() {
        fixture(new TestRegistry(), TestLists.refusing().with(LIST, COMPILED, FILED))
                .given(readyToDecide(registeredAgainst(1)))
                .when(implement(), as(DECIDER))
                .expectEvents(decided(Decision.IMPLEMENT, RiskLevel.LOW));
    }

    @Test
    void whereEnforcedAMatterOnAListNotYetFiledIsRefused() {
        fixture(new TestRegistry(), TestLists.refusing().with(LIST, COMPILED))
                .given(readyToDecide(registeredAgainst(1)))
                .when(implement(), as(DECIDER))
                .expectNoEvents().expectException(RefusedWith.code("R11_NOT_ON_FILED_LIST"));
    }

    @Test
    void whereEnforcedAMatterWhoseItemWasWithdrawnIsRefused() {
        fixture(new TestRegistry(), TestLists.refusing().with(LIST, COMPILED, FILED,
                new ListItemWithdrawnEvent(LIST, 1, "项目合并", DAY)))
                .given(readyToDecide(registeredAgainst(1)))
                .when(implement(), as(DECIDER))
                .expectNoEvents().expectException(RefusedWith.code("R11_NOT_ON_FILED_LIST"));
    }

    @Test
    void whereEnforcedAMatterOffTheListIsRefused() {
        fixture(new TestRegistry(), TestLists.refusing().with(LIST, COMPILED, FILED))
                .given(Given.readyToDecide(Procedure.STANDARD, RiskLevel.LOW))
                .when(implement(), as(DECIDER))
                .expectNoEvents().expectException(RefusedWith.code("R11_NOT_ON_FILED_LIST"));
    }

    @Test
    void whereEnforcedAMatterOffTheListIsDecidedOnceAddedToItsUnitsFiledList() {
        fixture(new TestRegistry(), TestLists.refusing().with(LIST, COMPILED, FILED,
                new ListItemAddedEvent(LIST, 2, AIRPORT, "年中新增", ID, DAY)))
                .given(Given.readyToDecide(Procedure.STANDARD, RiskLevel.LOW))
                .when(implement(), as(DECIDER))
                .expectEvents(decided(Decision.IMPLEMENT, RiskLevel.LOW));
    }

    @Test
    void whereNotEnforcedAMatterOnNoListIsDecidedAndTheReadSideFlagsIt() {
        fixture(new TestRegistry(), TestLists.flagging())
                .given(Given.readyToDecide(Procedure.STANDARD, RiskLevel.LOW))
                .when(implement(), as(DECIDER))
                .expectEvents(decided(Decision.IMPLEMENT, RiskLevel.LOW));
    }
}
