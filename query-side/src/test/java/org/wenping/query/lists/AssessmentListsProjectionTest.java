package org.wenping.query.lists;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.wenping.kernel.actor.Actor;
import org.wenping.kernel.actor.Role;
import org.wenping.kernel.jurisdiction.JurisdictionCode;
import org.wenping.kernel.lists.AssessmentListCompiledEvent;
import org.wenping.kernel.lists.AssessmentListFiledEvent;
import org.wenping.kernel.lists.AssessmentListId;
import org.wenping.kernel.lists.ListItemAddedEvent;
import org.wenping.kernel.lists.ListItemWithdrawnEvent;
import org.wenping.kernel.lists.PlannedItem;
import org.wenping.kernel.matter.AssessorMode;
import org.wenping.kernel.matter.Decision;
import org.wenping.kernel.matter.DecisionMadeEvent;
import org.wenping.kernel.matter.GradingScheme;
import org.wenping.kernel.matter.MatterCategory;
import org.wenping.kernel.matter.MatterId;
import org.wenping.kernel.matter.MatterRegisteredEvent;
import org.wenping.kernel.matter.Procedure;
import org.wenping.kernel.matter.RiskGradedEvent;
import org.wenping.kernel.matter.RiskLevel;
import org.wenping.query.readmodel.ReadModels;
import org.wenping.query.web.ReadClock;

import java.net.InetSocketAddress;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** 迟报/漏报 of the yearly list, 应评未评 (R12) and 未备案 (R11), judged on their edge dates, China time. */
class AssessmentListsProjectionTest {
    private static final JurisdictionCode DUNHUANG = new JurisdictionCode("620982");
    private static final JurisdictionCode YUMEN = new JurisdictionCode("620981");
    private static final String UNIT = "敦煌市发改委";
    private static final AssessmentListId LIST = AssessmentListId.of(DUNHUANG, UNIT, 2025);
    private static final Actor CITY = new Actor("wang", "王维稳", Role.SUPERVISOR, "市委维稳办", new JurisdictionCode("620900"));
    private static final Actor LANZHOU = new Actor("lz", "兰维稳", Role.SUPERVISOR, "兰州市委维稳办", new JurisdictionCode("620100"));
    private static final LocalDate JANUARY = LocalDate.of(2025, 1, 10);
    private static final PlannedItem FEBRUARY_ITEM = item("城区供水价格调整", YearMonth.of(2025, 2));
    private static final PlannedItem MARCH_ITEM = item("敦煌机场扩建项目", YearMonth.of(2025, 3));
    private static final PlannedItem DECEMBER_ITEM = item("老旧小区改造", YearMonth.of(2025, 12));

    private MongoServer server;
    private MongoClient client;
    private AssessmentListRepository repository;
    private AssessmentListsProjection projection;
    private VisibleLists lists;

    @BeforeEach
    void start() {
        server = new MongoServer(new MemoryBackend());
        InetSocketAddress address = server.bind();
        client = MongoClients.create("mongodb://" + address.getHostString() + ":" + address.getPort());
        repository = new AssessmentListRepository(new ReadModels(client.getDatabase("wenping")));
        projection = new AssessmentListsProjection(repository);
        lists = new VisibleLists(repository);
    }

    @AfterEach
    void stop() {
        client.close();
        server.shutdownNow();
    }

    private static PlannedItem item(String title, YearMonth month) {
        return new PlannedItem(title, MatterCategory.PROJECT, "城市建设", "市政府常务会议", month);
    }

    private void compiled() {
        projection.on(new AssessmentListCompiledEvent(LIST, UNIT, DUNHUANG, 2025,
                List.of(FEBRUARY_ITEM, MARCH_ITEM, DECEMBER_ITEM), JANUARY));
    }

    private void filed(LocalDate on) {
        projection.on(new AssessmentListFiledEvent(LIST, "维稳备〔2025〕1号", on, LocalDate.of(2025, 3, 31),
                on.isAfter(LocalDate.of(2025, 3, 31))));
    }

    private static MatterRegisteredEvent matter(String id, String unit, JurisdictionCode where, Integer itemNo, String why) {
        return new MatterRegisteredEvent(new MatterId(id), "事项" + id, MatterCategory.PROJECT, "城市建设", unit,
                "市政府常务会议", where, Procedure.STANDARD, AssessorMode.SELF, GradingScheme.THREE_LEVEL, JANUARY,
                itemNo == null ? null : LIST, itemNo, why);
    }

    private void graded(String id) {
        projection.on(new RiskGradedEvent(new MatterId(id), GradingScheme.THREE_LEVEL, RiskLevel.LOW, List.of("风险可控"),
                LocalDate.of(2025, 2, 1)));
    }

    private void decided(String id, LocalDate on) {
        projection.on(new DecisionMadeEvent(new MatterId(id), Decision.IMPLEMENT, RiskLevel.LOW, "常务会议", null, false,
                on, on.plusDays(1)));
    }

    private ListSummary summaryOn(LocalDate day) {
        return lists.summaries(CITY, 2025, day).stream().filter(s -> s.listId().equals(LIST.value())).findFirst().orElseThrow();
    }

    @Test
    void aListFiledOnThirtyFirstMarchIsOnTimeAndOnFirstAprilLate() {
        compiled();
        filed(LocalDate.of(2025, 3, 31));
        assertThat(summaryOn(LocalDate.of(2025, 6, 1)).filingStatus()).isEqualTo(FilingStatus.ON_TIME);

        projection.reset();
        compiled();
        filed(LocalDate.of(2025, 4, 1));
        ListSummary late = summaryOn(LocalDate.of(2025, 6, 1));
        assertThat(late.filingStatus()).isEqualTo(FilingStatus.LATE);
        assertThat(late.filingStatusLabel()).isEqualTo("迟报");
    }

    @Test
    void anUnfiledListIsNotDueOnThirtyFirstMarchAndMissingFromFirstAprilChinaTime() {
        compiled();
        LocalDate lastMinute = ReadClock.businessDate(Instant.parse("2025-03-31T15:59:59Z"));
        LocalDate chinaMidnight = ReadClock.businessDate(Instant.parse("2025-03-31T16:00:00Z"));
        assertThat(summaryOn(lastMinute).filingStatus()).isEqualTo(FilingStatus.NOT_DUE);
        assertThat(summaryOn(chinaMidnight).filingStatus()).isEqualTo(FilingStatus.MISSING);
        assertThat(summaryOn(chinaMidnight).filingStatusLabel()).isEqualTo("漏报");
    }

    @Test
    void aUnitThatRegisteredMattersButNeverCompiledItsListIsMissingAfterMarch() {
        projection.on(matter("m-yumen", "玉门市住建局", YUMEN, null, "未编制清单"));
        ListSummary yumen = lists.summaries(CITY, 2025, LocalDate.of(2025, 4, 1)).stream()
                .filter(s -> s.responsibleUnit().equals("玉门市住建局")).findFirst().orElseThrow();
        assertThat(yumen.compiled()).isFalse();
        assertThat(yumen.filingStatus()).isEqualTo(FilingStatus.MISSING);
        assertThat(yumen.listId()).isEqualTo(AssessmentListId.of(YUMEN, "玉门市住建局", 2025).value());
    }

    @Test
    void anItemIsFlaggedNotAssessedOnceItsPlannedMonthHasEndedChinaTime() {
        compiled();
        LocalDate endOfFebruary = LocalDate.of(2025, 2, 28);
        assertThat(lists.notAssessed(CITY, 2025, endOfFebruary)).isEmpty();
        assertThat(lists.notAssessed(CITY, 2025, endOfFebruary.plusDays(1)))
                .extracting(NotAssessedItem::title).containsExactly("城区供水价格调整");
        assertThat(lists.notAssessed(CITY, 2025, LocalDate.of(2025, 3, 31))).hasSize(1);
        LocalDate aprilInChina = ReadClock.businessDate(Instant.parse("2025-03-31T16:00:00Z"));
        assertThat(lists.notAssessed(CITY, 2025, aprilInChina))
                .extracting(NotAssessedItem::title).containsExactly("城区供水价格调整", "敦煌机场扩建项目");
        assertThat(lists.notAssessed(CITY, 2025, aprilInChina).get(0).flag()).isEqualTo("应评未评");
    }

    @Test
    void anItemWithAGradedMatterBehindItIsAssessedAndOneWithOnlyARegisteredMatterIsNot() {
        compiled();
        projection.on(matter("m-water", UNIT, DUNHUANG, 1, null));
        graded("m-water");
        projection.on(matter("m-airport", UNIT, DUNHUANG, 2, null));

        LocalDate april = LocalDate.of(2025, 4, 1);
        assertThat(lists.notAssessed(CITY, 2025, april)).extracting(NotAssessedItem::itemNo).containsExactly(2);
        ListSummary summary = summaryOn(april);
        assertThat(summary.dueItems()).isEqualTo(2);
        assertThat(summary.notAssessedItems()).isEqualTo(1);
        assertThat(summary.coverageRate()).isEqualTo(0.5);
    }

    @Test
    void aWithdrawnItemIsNoLongerDue() {
        compiled();
        projection.on(new ListItemWithdrawnEvent(LIST, 1, "调价暂缓", JANUARY));
        assertThat(lists.notAssessed(CITY, 2025, LocalDate.of(2025, 3, 15))).isEmpty();
        assertThat(summaryOn(LocalDate.of(2025, 3, 15)).openItems()).isEqualTo(2);
    }

    @Test
    void coverageIsCountedPerUnitPerJurisdictionAndOverall() {
        compiled();
        projection.on(matter("m-water", UNIT, DUNHUANG, 1, null));
        graded("m-water");
        Coverage coverage = Coverage.of(2025, LocalDate.of(2026, 1, 1), lists.summaries(CITY, 2025, LocalDate.of(2026, 1, 1)));
        assertThat(coverage.total().dueItems()).isEqualTo(3);
        assertThat(coverage.total().assessedItems()).isEqualTo(1);
        assertThat(coverage.jurisdictions()).singleElement().satisfies(row -> {
            assertThat(row.key()).isEqualTo("620982");
            assertThat(row.rate()).isEqualTo(1 / 3.0);
        });
        assertThat(coverage.units()).extracting(CoverageRow::name).containsExactly(UNIT);
    }

    @Test
    void aDecisionOnAMatterOnNoFiledListIsFlaggedUnlisted() {
        compiled();
        projection.on(matter("m-off", UNIT, DUNHUANG, null, "应急事项"));
        projection.on(matter("m-unfiled", UNIT, DUNHUANG, 2, null));
        decided("m-off", LocalDate.of(2025, 5, 6));
        decided("m-unfiled", LocalDate.of(2025, 5, 7));

        assertThat(lists.unlisted(CITY, 2025)).extracting(UnlistedDecision::matterId).containsExactly("m-off", "m-unfiled");
        assertThat(lists.unlisted(CITY, 2025).get(0).offListReason()).isEqualTo("应急事项");
        assertThat(lists.unlisted(LANZHOU, 2025)).isEmpty();
        assertThat(MatterListing.of(repository.matter("m-off").orElseThrow()).flag()).isEqualTo("未备案");
    }

    @Test
    void aMatterOnAFiledListOrAddedToItIsNotFlagged() {
        compiled();
        filed(LocalDate.of(2025, 3, 1));
        projection.on(matter("m-airport", UNIT, DUNHUANG, 2, null));
        projection.on(matter("m-added", UNIT, DUNHUANG, null, "年中新增"));
        projection.on(new ListItemAddedEvent(LIST, 4, item("年中新增事项", YearMonth.of(2025, 8)), "年中新增",
                new MatterId("m-added"), LocalDate.of(2025, 5, 1)));
        graded("m-added");
        decided("m-airport", LocalDate.of(2025, 5, 6));
        decided("m-added", LocalDate.of(2025, 5, 7));

        assertThat(lists.unlisted(CITY, 2025)).isEmpty();
        MatterListing added = MatterListing.of(repository.matter("m-added").orElseThrow());
        assertThat(added.itemNo()).isEqualTo(4);
        assertThat(added.flag()).isNull();
        assertThat(repository.list(LIST.value()).orElseThrow().item(4).orElseThrow().assessedMatterIds())
                .containsExactly("m-added");
    }

    @Test
    void redeliveredEventsChangeNothing() {
        AssessmentListCompiledEvent compiled = new AssessmentListCompiledEvent(LIST, UNIT, DUNHUANG, 2025,
                List.of(FEBRUARY_ITEM), JANUARY);
        ListItemAddedEvent added = new ListItemAddedEvent(LIST, 2, MARCH_ITEM, "新增", null, JANUARY);
        MatterRegisteredEvent matter = matter("m-water", UNIT, DUNHUANG, 1, null);
        projection.on(compiled);
        projection.on(added);
        projection.on(matter);
        graded("m-water");
        projection.on(compiled);
        projection.on(added);
        projection.on(matter);
        graded("m-water");

        StoredList list = repository.list(LIST.value()).orElseThrow();
        assertThat(list.items()).hasSize(2);
        assertThat(list.item(1).orElseThrow().matterIds()).containsExactly("m-water");
        assertThat(repository.year(2025).units()).hasSize(1);
    }
}
