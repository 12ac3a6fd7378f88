package org.wenping.ops.demo;

import org.junit.jupiter.api.Test;
import org.wenping.command.lists.CompileAssessmentListCommand;
import org.wenping.command.lists.FileAssessmentListCommand;
import org.wenping.command.matter.RegisterMatterCommand;
import org.wenping.command.reports.SubmitMonthlyReportCommand;
import org.wenping.kernel.lists.Deadlines;
import org.wenping.kernel.matter.GradingScheme;
import org.wenping.kernel.reports.ReportKind;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wenping.ops.demo.DemoYearTest.commands;
import static org.wenping.ops.demo.DemoYearTest.plan;

/** The demo year's lists and monthly reports carry the cases the supervisors look for, and nothing else. */
class DemoListsAndReportsTest {
    private final DemoYear year = plan(GradingScheme.THREE_LEVEL);

    @Test
    void everyUnitListsItsMattersSomeFileLateOneNeverAndOneItemIsNeverAssessed() {
        List<CompileAssessmentListCommand> lists = commands(year, CompileAssessmentListCommand.class);
        List<FileAssessmentListCommand> filings = commands(year, FileAssessmentListCommand.class);
        assertThat(filings).hasSize(lists.size() - 1);
        assertThat(filings.stream().filter(f -> f.filedOn().isAfter(Deadlines.yearlyList(2026)))).hasSizeGreaterThan(1);
        assertThat(lists.get(0).items()).contains(DemoLists.NEVER_ASSESSED);
        List<RegisterMatterCommand> registered = commands(year, RegisterMatterCommand.class);
        assertThat(registered).filteredOn(c -> c.listId() == null).singleElement()
                .satisfies(c -> assertThat(c.offListReason()).isEqualTo(DemoLists.OFF_LIST_REASON));
        assertThat(lists.stream().mapToInt(list -> list.items().size()).sum()).isEqualTo(registered.size() - 1 + 1);
    }

    @Test
    void threeUnitsReportEveryMonthButOneLateOneMissingAndOneConcealing() {
        List<SubmitMonthlyReportCommand> reports = commands(year, SubmitMonthlyReportCommand.class);
        assertThat(reports).hasSize(3 * (10 + 11) - 1);
        assertThat(reports).filteredOn(r -> r.submittedOn().isAfter(r.kind().dueOn(r.month()))).singleElement()
                .satisfies(r -> assertThat(r.month()).isEqualTo(DemoReports.LATE));
        assertThat(reports).filteredOn(r -> r.kind() == ReportKind.PROGRESS_REPORT && r.month().equals(DemoReports.MISSING))
                .hasSize(2);
        assertThat(reports).allSatisfy(r -> assertThat(r.figures().keySet()).containsExactlyInAnyOrderElementsOf(r.kind().figures()));
    }
}
