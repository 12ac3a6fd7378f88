package org.wenping.command.reports;

import org.axonframework.messaging.MetaData;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;
import org.wenping.command.domain.RoleNotPermittedException;
import org.wenping.kernel.actor.Actor;
import org.wenping.kernel.actor.EventMetadata;
import org.wenping.kernel.actor.Role;
import org.wenping.kernel.jurisdiction.JurisdictionCode;
import org.wenping.kernel.reports.MonthlyReportId;
import org.wenping.kernel.reports.MonthlyReportSubmittedEvent;
import org.wenping.kernel.reports.ReportFigure;
import org.wenping.kernel.reports.ReportKind;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;

import static org.wenping.kernel.reports.ReportFigure.DECISIONS_FILED;
import static org.wenping.kernel.reports.ReportFigure.DECISIONS_MADE;
import static org.wenping.kernel.reports.ReportFigure.INCIDENTS_REPORTED;
import static org.wenping.kernel.reports.ReportFigure.MATTERS_GRADED;
import static org.wenping.kernel.reports.ReportFigure.MATTERS_REGISTERED;

/** Monthly reports: the 统计表 by the 7th of the month after, the progress report by the 20th of the month. */
class MonthlyReportTest {
    private static final JurisdictionCode DUNHUANG = new JurisdictionCode("620982");
    private static final String UNIT = "敦煌市发改委";
    private static final YearMonth JUNE = YearMonth.of(2025, 6);
    private static final MonthlyReportId TABLE = MonthlyReportId.of(DUNHUANG, UNIT, JUNE, ReportKind.STATISTICS_TABLE);
    private static final MonthlyReportId PROGRESS = MonthlyReportId.of(DUNHUANG, UNIT, JUNE, ReportKind.PROGRESS_REPORT);
    private static final Map<ReportFigure, Integer> TABLE_FIGURES = Map.of(MATTERS_REGISTERED, 3, MATTERS_GRADED, 2,
            DECISIONS_MADE, 1, INCIDENTS_REPORTED, 0);
    private static final Map<ReportFigure, Integer> PROGRESS_FIGURES = Map.of(MATTERS_REGISTERED, 3, MATTERS_GRADED, 2,
            DECISIONS_MADE, 1, DECISIONS_FILED, 1);
    private static final MetaData ASSESSOR = MetaData.from(EventMetadata.of(
            new Actor("assessor", "张评估", Role.ASSESSOR, UNIT, new JurisdictionCode("620900"))));

    private final AggregateTestFixture<MonthlyReport> fixture = new AggregateTestFixture<>(MonthlyReport.class);

    private static SubmitMonthlyReportCommand table(LocalDate on, Map<ReportFigure, Integer> figures) {
        return new SubmitMonthlyReportCommand(TABLE, ReportKind.STATISTICS_TABLE, UNIT, DUNHUANG, JUNE, figures, on);
    }

    private static SubmitMonthlyReportCommand progress(LocalDate on) {
        return new SubmitMonthlyReportCommand(PROGRESS, ReportKind.PROGRESS_REPORT, UNIT, DUNHUANG, JUNE, PROGRESS_FIGURES, on);
    }

    @Test
    void aStatisticsTableSubmittedOnTheSeventhIsOnTime() {
        LocalDate seventh = LocalDate.of(2025, 7, 7);
        fixture.givenNoPriorActivity().when(table(seventh, TABLE_FIGURES), ASSESSOR)
                .expectEvents(new MonthlyReportSubmittedEvent(TABLE, ReportKind.STATISTICS_TABLE, UNIT, DUNHUANG, JUNE,
                        TABLE_FIGURES, "张评估", seventh, seventh, false));
    }

    @Test
    void aStatisticsTableSubmittedOnTheEighthIsLate() {
        LocalDate eighth = LocalDate.of(2025, 7, 8);
        fixture.givenNoPriorActivity().when(table(eighth, TABLE_FIGURES), ASSESSOR)
                .expectEvents(new MonthlyReportSubmittedEvent(TABLE, ReportKind.STATISTICS_TABLE, UNIT, DUNHUANG, JUNE,
                        TABLE_FIGURES, "张评估", eighth, LocalDate.of(2025, 7, 7), true));
    }

    @Test
    void aProgressReportSubmittedOnTheTwentiethIsOnTimeAndOnTheTwentyFirstLate() {
        LocalDate twentieth = LocalDate.of(2025, 6, 20);
        fixture.givenNoPriorActivity().when(progress(twentieth), ASSESSOR)
                .expectEvents(new MonthlyReportSubmittedEvent(PROGRESS, ReportKind.PROGRESS_REPORT, UNIT, DUNHUANG, JUNE,
                        PROGRESS_FIGURES, "张评估", twentieth, twentieth, false));
        fixture.givenNoPriorActivity().when(progress(twentieth.plusDays(1)), ASSESSOR)
                .expectEvents(new MonthlyReportSubmittedEvent(PROGRESS, ReportKind.PROGRESS_REPORT, UNIT, DUNHUANG, JUNE,
                        PROGRESS_FIGURES, "张评估", twentieth.plusDays(1), twentieth, true));
    }

    @Test
    void refusesAStatisticsTableForAMonthNotYetOver() {
        fixture.givenNoPriorActivity().when(table(LocalDate.of(2025, 6, 30), TABLE_FIGURES), ASSESSOR)
                .expectNoEvents().expectException(ReportMonthNotOverException.class);
    }

    @Test
    void refusesAReportMissingOneOfItsFigures() {
        fixture.givenNoPriorActivity()
                .when(table(LocalDate.of(2025, 7, 3), Map.of(MATTERS_REGISTERED, 3, MATTERS_GRADED, 2, DECISIONS_MADE, 1)),
                        ASSESSOR)
                .expectNoEvents().expectException(ReportFiguresException.class);
    }

    @Test
    void refusesANegativeFigure() {
        fixture.givenNoPriorActivity()
                .when(table(LocalDate.of(2025, 7, 3), Map.of(MATTERS_REGISTERED, -1, MATTERS_GRADED, 2, DECISIONS_MADE, 1,
                        INCIDENTS_REPORTED, 0)), ASSESSOR)
                .expectNoEvents().expectException(ReportFiguresException.class);
    }

    @Test
    void refusesAReportSubmittedByTheSupervisingOffice() {
        MetaData supervisor = MetaData.from(EventMetadata.of(
                new Actor("wang", "王维稳", Role.SUPERVISOR, "市委维稳办", new JurisdictionCode("620900"))));
        fixture.givenNoPriorActivity().when(table(LocalDate.of(2025, 7, 3), TABLE_FIGURES), supervisor)
                .expectNoEvents().expectException(RoleNotPermittedException.class);
    }
}
