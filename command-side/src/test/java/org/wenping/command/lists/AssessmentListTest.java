package org.wenping.command.lists;

import org.axonframework.messaging.MetaData;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;
import org.wenping.command.domain.RoleNotPermittedException;
import org.wenping.kernel.actor.Actor;
import org.wenping.kernel.actor.EventMetadata;
import org.wenping.kernel.actor.Role;
import org.wenping.kernel.jurisdiction.JurisdictionCode;
import org.wenping.kernel.lists.AssessmentListCompiledEvent;
import org.wenping.kernel.lists.AssessmentListFiledEvent;
import org.wenping.kernel.lists.AssessmentListId;
import org.wenping.kernel.lists.ListItemAddedEvent;
import org.wenping.kernel.lists.ListItemWithdrawnEvent;
import org.wenping.kernel.lists.PlannedItem;
import org.wenping.kernel.matter.MatterCategory;
import org.wenping.kernel.matter.MatterId;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The yearly list (清单管理): compiled by the unit, filed by the end of March, amended with reasons. */
class AssessmentListTest {
    private static final JurisdictionCode DUNHUANG = new JurisdictionCode("620982");
    private static final String UNIT = "敦煌市发改委";
    private static final AssessmentListId ID = AssessmentListId.of(DUNHUANG, UNIT, 2025);
    private static final LocalDate JANUARY = LocalDate.of(2025, 1, 15);
    private static final PlannedItem AIRPORT = new PlannedItem("敦煌机场扩建项目", MatterCategory.PROJECT, "交通",
            "市政府常务会议", YearMonth.of(2025, 6));
    private static final PlannedItem WATER = new PlannedItem("城区供水价格调整", MatterCategory.POLICY, "社会保障",
            "市政府常务会议", YearMonth.of(2025, 9));
    private static final AssessmentListCompiledEvent COMPILED = new AssessmentListCompiledEvent(ID, UNIT, DUNHUANG,
            2025, List.of(AIRPORT, WATER), JANUARY);
    private static final MetaData ASSESSOR = as(Role.ASSESSOR, "敦煌市发改委");
    private static final MetaData SUPERVISOR = as(Role.SUPERVISOR, "市委维稳办");

    private final AggregateTestFixture<AssessmentList> fixture = new AggregateTestFixture<>(AssessmentList.class);

    private static MetaData as(Role role, String unit) {
        return MetaData.from(EventMetadata.of(new Actor(role.name().toLowerCase(), "某人", role, unit,
                new JurisdictionCode("620900"))));
    }

    @Test
    void theUnitCompilesItsYearlyList() {
        fixture.givenNoPriorActivity()
                .when(new CompileAssessmentListCommand(ID, UNIT, DUNHUANG, 2025, List.of(AIRPORT, WATER), JANUARY), ASSESSOR)
                .expectEvents(COMPILED);
    }

    @Test
    void refusesAnItemPlannedOutsideTheListsYear() {
        PlannedItem nextYear = new PlannedItem("明年的事项", MatterCategory.DECISION, "三农", "市政府", YearMonth.of(2026, 1));
        fixture.givenNoPriorActivity()
                .when(new CompileAssessmentListCommand(ID, UNIT, DUNHUANG, 2025, List.of(AIRPORT, nextYear), JANUARY), ASSESSOR)
                .expectNoEvents().expectException(PlannedMonthOutsideYearException.class);
    }

    @Test
    void refusesAListCompiledByTheSupervisingOffice() {
        fixture.givenNoPriorActivity()
                .when(new CompileAssessmentListCommand(ID, UNIT, DUNHUANG, 2025, List.of(AIRPORT), JANUARY), SUPERVISOR)
                .expectNoEvents().expectException(RoleNotPermittedException.class);
    }

    @Test
    void aListReceivedOnThirtyFirstMarchIsOnTime() {
        LocalDate lastDay = LocalDate.of(2025, 3, 31);
        fixture.given(COMPILED)
                .when(new FileAssessmentListCommand(ID, null, "维稳备〔2025〕3号", lastDay), SUPERVISOR)
                .expectEvents(new AssessmentListFiledEvent(ID, "维稳备〔2025〕3号", lastDay, lastDay, false));
    }

    @Test
    void aListReceivedOnFirstAprilIsFlaggedLate() {
        LocalDate april = LocalDate.of(2025, 4, 1);
        fixture.given(COMPILED)
                .when(new FileAssessmentListCommand(ID, null, "维稳备〔2025〕9号", april), SUPERVISOR)
                .expectEvents(new AssessmentListFiledEvent(ID, "维稳备〔2025〕9号", april, LocalDate.of(2025, 3, 31), true));
    }

    @Test
    void refusesASecondFiling() {
        fixture.given(COMPILED, new AssessmentListFiledEvent(ID, "维稳备〔2025〕3号", JANUARY, LocalDate.of(2025, 3, 31), false))
                .when(new FileAssessmentListCommand(ID, null, "维稳备〔2025〕4号", JANUARY), SUPERVISOR)
                .expectNoEvents().expectException(ListAlreadyFiledException.class);
    }

    @Test
    void refusesAFilingRecordedByTheUnitItself() {
        fixture.given(COMPILED)
                .when(new FileAssessmentListCommand(ID, null, "自报", JANUARY), ASSESSOR)
                .expectNoEvents().expectException(RoleNotPermittedException.class);
    }

    @Test
    void anItemAddedDuringTheYearIsNumberedAfterTheOthersAndKeepsItsReasonAndMatter() {
        PlannedItem road = new PlannedItem("肃北路建设征地搬迁", MatterCategory.PROJECT, "征地拆迁", "市政府", YearMonth.of(2025, 11));
        MatterId matter = new MatterId("m-road");
        fixture.given(COMPILED)
                .when(new AddListItemCommand(ID, null, road, "年中新增项目", matter, JANUARY), ASSESSOR)
                .expectEvents(new ListItemAddedEvent(ID, 3, road, "年中新增项目", matter, JANUARY));
    }

    @Test
    void refusesAnAddedItemPlannedOutsideTheYear() {
        PlannedItem lastYear = new PlannedItem("去年的事项", MatterCategory.DECISION, "三农", "市政府", YearMonth.of(2024, 12));
        fixture.given(COMPILED)
                .when(new AddListItemCommand(ID, null, lastYear, "补列", null, JANUARY), ASSESSOR)
                .expectNoEvents().expectException(PlannedMonthOutsideYearException.class);
    }

    @Test
    void anItemIsWithdrawnWithItsReason() {
        fixture.given(COMPILED)
                .when(new WithdrawListItemCommand(ID, null, 2, "决策事项取消", JANUARY), ASSESSOR)
                .expectEvents(new ListItemWithdrawnEvent(ID, 2, "决策事项取消", JANUARY));
    }

    @Test
    void refusesToWithdrawAnItemTheListDoesNotHave() {
        fixture.given(COMPILED)
                .when(new WithdrawListItemCommand(ID, null, 3, "不存在", JANUARY), ASSESSOR)
                .expectNoEvents().expectException(ListItemUnknownException.class);
    }

    @Test
    void refusesToWithdrawAnItemTwice() {
        fixture.given(COMPILED, new ListItemWithdrawnEvent(ID, 2, "决策事项取消", JANUARY))
                .when(new WithdrawListItemCommand(ID, null, 2, "再次撤出", JANUARY), ASSESSOR)
                .expectNoEvents().expectException(ListItemUnknownException.class);
    }

    @Test
    void theStandingTellsWhichItemsAreOpenAndWhichMatterEachAddedItemCovers() {
        MatterId road = new MatterId("m-road");
        ListStanding standing = ListStanding.replay(List.of(COMPILED,
                new ListItemAddedEvent(ID, 3, WATER, "新增", road, JANUARY),
                new ListItemWithdrawnEvent(ID, 1, "取消", JANUARY))).orElseThrow();
        assertThat(standing.filed()).isFalse();
        assertThat(standing.open(1)).isFalse();
        assertThat(standing.open(2)).isTrue();
        assertThat(standing.covers(road, null)).isTrue();
        assertThat(standing.covers(new MatterId("m-other"), 1)).isFalse();
    }
}
