package org.wenping.query.reports;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.axonframework.eventhandling.GenericEventMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.wenping.kernel.actor.Actor;
import org.wenping.kernel.actor.Role;
import org.wenping.kernel.jurisdiction.JurisdictionCode;
import org.wenping.kernel.lists.AssessmentListCompiledEvent;
import org.wenping.kernel.lists.AssessmentListId;
import org.wenping.kernel.matter.AssessorMode;
import org.wenping.kernel.matter.Decision;
import org.wenping.kernel.matter.DecisionMadeEvent;
import org.wenping.kernel.matter.GradingScheme;
import org.wenping.kernel.matter.IncidentForm;
import org.wenping.kernel.matter.IncidentReportedEvent;
import org.wenping.kernel.matter.MatterCategory;
import org.wenping.kernel.matter.MatterId;
import org.wenping.kernel.matter.MatterRegisteredEvent;
import org.wenping.kernel.matter.Procedure;
import org.wenping.kernel.matter.RiskLevel;
import org.wenping.kernel.reports.MonthlyReportId;
import org.wenping.kernel.reports.MonthlyReportSubmittedEvent;
import org.wenping.kernel.reports.ReportFigure;
import org.wenping.kernel.reports.ReportKind;
import org.wenping.query.lists.FilingStatus;
import org.wenping.query.readmodel.ReadModels;
import org.wenping.query.web.ReadClock;

import java.net.InetSocketAddress;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wenping.kernel.reports.ReportFigure.DECISIONS_FILED;
import static org.wenping.kernel.reports.ReportFigure.DECISIONS_MADE;
import static org.wenping.kernel.reports.ReportFigure.INCIDENTS_REPORTED;
import static org.wenping.kernel.reports.ReportFigure.MATTERS_GRADED;
import static org.wenping.kernel.reports.ReportFigure.MATTERS_REGISTERED;

/** 迟报/漏报 of the monthly reports on the 7th and the 20th (China time), and 瞒报-suspect figures, named. */
class MonthlyReportsProjectionTest {
    private static final JurisdictionCode DUNHUANG = new JurisdictionCode("620982");
    private static final String UNIT = "敦煌市发改委";
    private static final YearMonth JUNE = YearMonth.of(2025, 6);
    private static final Actor CITY = new Actor("wang", "王维稳", Role.SUPERVISOR, "市委维稳办", new JurisdictionCode("620900"));

    private MongoServer server;
    private MongoClient client;
    private MonthlyReportRepository repository;
    private MonthlyReportsProjection projection;
    private MonthlyReportStandings standings;

    @BeforeEach
    void start() {
        server = new MongoServer(new MemoryBackend());
        InetSocketAddress address = server.bind();
        client = MongoClients.create("mongodb://" + address.getHostString() + ":" + address.getPort());
        repository = new MonthlyReportRepository(new ReadModels(client.getDatabase("wenping")));
        projection = new MonthlyReportsProjection(repository);
        standings = new MonthlyReportStandings(repository);
    }

    @AfterEach
    void stop() {
        client.close();
        server.shutdownNow();
    }

    private void registered(String id, LocalDate on) {
        projection.on(new MatterRegisteredEvent(new MatterId(id), "事项" + id, MatterCategory.PROJECT, "交通", UNIT,
                "市政府常务会议", DUNHUANG, Procedure.SIMPLIFIED, AssessorMode.SELF, GradingScheme.THREE_LEVEL, on));
    }

    private void submitted(ReportKind kind, Map<ReportFigure, Integer> figures, LocalDate on) {
        LocalDate due = kind.dueOn(JUNE);
        projection.on(new MonthlyReportSubmittedEvent(MonthlyReportId.of(DUNHUANG, UNIT, JUNE, kind), kind, UNIT, DUNHUANG,
                JUNE, figures, "张评估", on, due, on.isAfter(due)));
    }

    private ReportStanding standing(ReportKind kind, LocalDate judgedOn) {
        return standings.standings(CITY, 2025, List.of(JUNE), judgedOn).stream()
                .filter(s -> s.kind() == kind).findFirst().orElseThrow();
    }

    @Test
    void theRecordsFiguresCountEachActInTheMonthOfItsBusinessDate() {
        registered("m-1", LocalDate.of(2025, 6, 1));
        registered("m-2", LocalDate.of(2025, 6, 30));
        registered("m-3", LocalDate.of(2025, 7, 1));
        projection.on(new DecisionMadeEvent(new MatterId("m-1"), Decision.IMPLEMENT, RiskLevel.LOW, "会议", null, false,
                LocalDate.of(2025, 6, 30), LocalDate.of(2025, 7, 1)));
        IncidentReportedEvent incident = new IncidentReportedEvent(new MatterId("m-1"), IncidentForm.values()[0], 30,
                LocalDate.of(2025, 6, 15), "沙州镇", "群众聚集");
        projection.on(incident, GenericEventMessage.asEventMessage(incident));

        GeneratedReport table = standings.generate(ReportKind.STATISTICS_TABLE, UNIT, "620982", JUNE);
        assertThat(table.figures()).extracting(GeneratedReport.Figure::value).containsExactly(2, 0, 1, 1);
        assertThat(table.dueOn()).isEqualTo(LocalDate.of(2025, 7, 7));
        assertThat(standings.generate(ReportKind.PROGRESS_REPORT, UNIT, "620982", JUNE).figures())
                .extracting(GeneratedReport.Figure::figure)
                .containsExactly(MATTERS_REGISTERED, MATTERS_GRADED, DECISIONS_MADE, DECISIONS_FILED);
    }

    @Test
    void aStatisticsTableIsDueOnTheSeventhChinaTimeThenMissingAndLateWhenItComesOnTheEighth() {
        registered("m-1", LocalDate.of(2025, 6, 1));
        LocalDate seventh = ReadClock.businessDate(Instant.parse("2025-07-07T15:59:59Z"));
        LocalDate eighth = ReadClock.businessDate(Instant.parse("2025-07-07T16:00:00Z"));
        assertThat(standing(ReportKind.STATISTICS_TABLE, seventh).status()).isEqualTo(FilingStatus.NOT_DUE);
        assertThat(standing(ReportKind.STATISTICS_TABLE, eighth).status()).isEqualTo(FilingStatus.MISSING);
        assertThat(standing(ReportKind.STATISTICS_TABLE, eighth).flags()).containsExactly("漏报");

        submitted(ReportKind.STATISTICS_TABLE, Map.of(MATTERS_REGISTERED, 1, MATTERS_GRADED, 0, DECISIONS_MADE, 0,
                INCIDENTS_REPORTED, 0), LocalDate.of(2025, 7, 8));
        ReportStanding late = standing(ReportKind.STATISTICS_TABLE, LocalDate.of(2025, 8, 1));
        assertThat(late.status()).isEqualTo(FilingStatus.LATE);
        assertThat(late.flags()).containsExactly("迟报");
        assertThat(late.submittedBy()).isEqualTo("张评估");
    }

    @Test
    void aProgressReportOnTheTwentiethIsOnTimeAndUnsubmittedIsMissingOnTheTwentyFirst() {
        registered("m-1", LocalDate.of(2025, 6, 1));
        assertThat(standing(ReportKind.PROGRESS_REPORT, LocalDate.of(2025, 6, 20)).status()).isEqualTo(FilingStatus.NOT_DUE);
        assertThat(standing(ReportKind.PROGRESS_REPORT, LocalDate.of(2025, 6, 21)).status()).isEqualTo(FilingStatus.MISSING);
        submitted(ReportKind.PROGRESS_REPORT, Map.of(MATTERS_REGISTERED, 1, MATTERS_GRADED, 0, DECISIONS_MADE, 0,
                DECISIONS_FILED, 0), LocalDate.of(2025, 6, 20));
        ReportStanding onTime = standing(ReportKind.PROGRESS_REPORT, LocalDate.of(2025, 6, 21));
        assertThat(onTime.status()).isEqualTo(FilingStatus.ON_TIME);
        assertThat(onTime.flagged()).isFalse();
    }

    @Test
    void aReportWhoseFiguresDifferFromTheRecordIsSuspectedOfConcealmentNamingEachFigure() {
        registered("m-1", LocalDate.of(2025, 6, 1));
        registered("m-2", LocalDate.of(2025, 6, 2));
        projection.on(new DecisionMadeEvent(new MatterId("m-2"), Decision.IMPLEMENT, RiskLevel.LOW, "会议", null, false,
                LocalDate.of(2025, 6, 9), LocalDate.of(2025, 6, 10)));
        submitted(ReportKind.STATISTICS_TABLE, Map.of(MATTERS_REGISTERED, 1, MATTERS_GRADED, 0, DECISIONS_MADE, 0,
                INCIDENTS_REPORTED, 0), LocalDate.of(2025, 7, 3));

        ReportStanding suspect = standing(ReportKind.STATISTICS_TABLE, LocalDate.of(2025, 7, 10));
        assertThat(suspect.status()).isEqualTo(FilingStatus.ON_TIME);
        assertThat(suspect.flags()).containsExactly("瞒报嫌疑");
        assertThat(suspect.differing()).containsExactly(
                new FigureDifference(MATTERS_REGISTERED, "新立项事项数", 1, 2),
                new FigureDifference(DECISIONS_MADE, "作出决策事项数", 0, 1));
    }

    @Test
    void theCalendarListsEveryDeadlineOfTheYearInOrderAndWhatIsOverdue() {
        registered("m-1", LocalDate.of(2025, 6, 1));
        projection.on(new AssessmentListCompiledEvent(
                AssessmentListId.of(DUNHUANG, UNIT, 2025), UNIT, DUNHUANG, 2025, List.of(),
                LocalDate.of(2025, 1, 5)));
        projection.on(new DecisionMadeEvent(new MatterId("m-1"), Decision.IMPLEMENT, RiskLevel.LOW, "会议", null, false,
                LocalDate.of(2025, 6, 30), LocalDate.of(2025, 7, 1)));
        DeadlineCalendar calendar = new DeadlineCalendar(repository, standings);

        List<DeadlineEntry> onFirstJuly = calendar.year(CITY, 2025, LocalDate.of(2025, 7, 1));
        assertThat(onFirstJuly).hasSize(1 + 24 + 1);
        assertThat(onFirstJuly.get(0).kind()).isEqualTo(DeadlineKind.PROGRESS_REPORT);
        assertThat(onFirstJuly.get(0).dueOn()).isEqualTo(LocalDate.of(2025, 1, 20));
        DeadlineEntry filing = onFirstJuly.stream().filter(e -> e.kind() == DeadlineKind.DECISION_FILING).findFirst()
                .orElseThrow();
        assertThat(filing.dueOn()).isEqualTo(LocalDate.of(2025, 7, 1));
        assertThat(filing.status()).isEqualTo(FilingStatus.NOT_DUE);
        assertThat(calendar.year(CITY, 2025, LocalDate.of(2025, 7, 2)).stream().filter(DeadlineEntry::overdue)
                .map(DeadlineEntry::kind)).contains(DeadlineKind.DECISION_FILING, DeadlineKind.YEARLY_LIST);
        assertThat(onFirstJuly.stream().filter(DeadlineEntry::overdue).filter(e -> e.kind() == DeadlineKind.STATISTICS_TABLE)
                .map(DeadlineEntry::subject)).contains("2025-05").doesNotContain("2025-06");
        assertThat(onFirstJuly.stream().filter(DeadlineEntry::overdue).filter(e -> e.kind() == DeadlineKind.PROGRESS_REPORT)
                .map(DeadlineEntry::subject)).contains("2025-06").doesNotContain("2025-07");
    }

    @Test
    void aRedeliveredActCountsOnce() {
        registered("m-1", LocalDate.of(2025, 6, 1));
        registered("m-1", LocalDate.of(2025, 6, 1));
        assertThat(standings.generate(ReportKind.STATISTICS_TABLE, UNIT, "620982", JUNE).figures().get(0).value()).isEqualTo(1);
        projection.reset();
        assertThat(standings.generate(ReportKind.STATISTICS_TABLE, UNIT, "620982", JUNE).figures().get(0).value()).isZero();
    }

    @Test
    void decisionsOwingTheirFilingAreKeptPerJurisdictionNotInTheYearsDocument() {
        for (int i = 0; i < 40; i++) {
            JurisdictionCode where = new JurisdictionCode(i % 2 == 0 ? "620982" : "620981");
            projection.on(new MatterRegisteredEvent(new MatterId("m-" + i), "事项", MatterCategory.PROJECT, "交通", UNIT,
                    "市政府常务会议", where, Procedure.SIMPLIFIED, AssessorMode.SELF, GradingScheme.THREE_LEVEL, LocalDate.of(2025, 2, 1)));
            projection.on(new DecisionMadeEvent(new MatterId("m-" + i), Decision.IMPLEMENT, RiskLevel.LOW, "会议", null, false,
                    LocalDate.of(2025, 3, 1).plusDays(i), LocalDate.of(2025, 3, 2).plusDays(i)));
        }
        assertThat(repository.units(2025).decidedIn()).containsExactly("620982", "620981");
        List<DeadlineEntry> entries = new DeadlineCalendar(repository, standings).year(CITY, 2025, LocalDate.of(2025, 3, 1));
        assertThat(entries.stream().filter(e -> e.kind() == DeadlineKind.DECISION_FILING)).hasSize(40);
    }
}
