package org.wenping.query.stats;

import org.wenping.query.legalcase.CaseStatusView;
import org.wenping.query.matter.MatterStatusView;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Stream;

/** Builds the {@link MonthlyTable} in one walk over the views, one counter array per 行政区划 code. */
final class MonthlyTablePass implements Consumer<MatterStatusView> {
    private final YearMonth month;
    private final LocalDate today;
    private final JurisdictionNames names;
    private final Map<String, int[]> rows = new TreeMap<>();

    private MonthlyTablePass(YearMonth month, LocalDate today, JurisdictionNames names, List<String> knownCodes) {
        this.month = month;
        this.today = today;
        this.names = names;
        knownCodes.forEach(this::row);
    }

    /** {@code readerPrefix} is the reader's significant prefix: the named codes under it always get a row. */
    static MonthlyTable over(Stream<MatterStatusView> views, YearMonth month, String readerJurisdiction,
                             String readerPrefix, LocalDate today, JurisdictionNames names) {
        return over(views, Stream.empty(), month, readerJurisdiction, readerPrefix, today, names);
    }

    /** The matters' columns from {@code views}, the cases' from {@code cases}, on the same rows. */
    static MonthlyTable over(Stream<MatterStatusView> views, Stream<CaseStatusView> cases, YearMonth month,
                             String readerJurisdiction, String readerPrefix, LocalDate today, JurisdictionNames names) {
        MonthlyTablePass pass = new MonthlyTablePass(month, today, names, names.knownWithin(readerPrefix));
        views.forEach(pass);
        cases.forEach(pass::acceptCase);
        return pass.result(readerJurisdiction);
    }

    /** A case counts where it was listed in the month, and where it was (last) ruled on in the month. */
    void acceptCase(CaseStatusView view) {
        boolean listed = in(view.listing().listedOn());
        boolean ruled = view.ruling().code() != null && in(view.ruling().ruledOn());
        if (!listed && !ruled) return;
        int[] row = row(view.facts().jurisdiction());
        if (listed) add(row, MonthlyColumns.CASES_LISTED, 1);
        if (ruled) {
            add(row, MonthlyColumns.CASES_RULED, 1);
            if (view.ruling().resolvedBeforeRuling()) add(row, MonthlyColumns.CASES_RESOLVED_BEFORE_RULING, 1);
        }
    }

    @Override
    public void accept(MatterStatusView view) {
        boolean registered = in(view.registration().registeredOn());
        boolean decided = view.decision().code() != null && in(view.decision().decidedOn());
        boolean filingDue = in(view.decision().filing().filingDeadline());
        if (!registered && !decided && !filingDue) return;
        int[] row = row(view.facts().jurisdiction());
        if (registered) {
            add(row, MonthlyColumns.ASSESSED, 1);
            add(row, MonthlyColumns.category(view.facts().category()), 1);
            add(row, MonthlyColumns.level(view.assessment().riskLevel()), 1);
            if (StatsLabels.THIRD_PARTY.equals(view.assessment().assessorMode())) add(row, MonthlyColumns.THIRD_PARTY, 1);
            add(row, MonthlyColumns.INCIDENTS, view.tracking().incidents());
        }
        if (decided) {
            add(row, MonthlyColumns.decision(view.decision().code()), 1);
            if (view.decision().assessmentNotUsed()) add(row, MonthlyColumns.ASSESSMENT_NOT_USED, 1);
        }
        if (filingDue) {
            if (view.decision().filing().decisionFiledOn() != null) {
                add(row, view.decision().filing().decisionFiledLate() ? MonthlyColumns.LATE : MonthlyColumns.ON_TIME, 1);
            } else if (view.decision().filing().overdueOn(today)) {
                add(row, MonthlyColumns.MISSING, 1);
            }
        }
    }

    private boolean in(LocalDate date) {
        return date != null && date.getYear() == month.getYear() && date.getMonth() == month.getMonth();
    }

    private int[] row(String jurisdiction) {
        return rows.computeIfAbsent(jurisdiction, code -> new int[MonthlyColumns.ALL.size()]);
    }

    private static void add(int[] row, String key, int amount) {
        int index = MonthlyColumns.indexOf(key);
        if (index >= 0) row[index] += amount;
    }

    private MonthlyTable result(String readerJurisdiction) {
        int[] total = new int[MonthlyColumns.ALL.size()];
        List<MonthlyRow> lines = rows.entrySet().stream().map(entry -> {
            for (int i = 0; i < total.length; i++) total[i] += entry.getValue()[i];
            return MonthlyRow.of(entry.getKey(), names.bucket(entry.getKey()), entry.getValue());
        }).toList();
        String title = "社会稳定风险评估情况统计表(" + month.getYear() + "年" + month.getMonthValue() + "月)";
        return new MonthlyTable(title, month.toString(), readerJurisdiction, today, MonthlyColumns.ALL, lines,
                MonthlyRow.of(readerJurisdiction, "合计", total));
    }
}
