package org.wenping.query.stats;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The columns of the 社会稳定风险评估情况统计表, in print order. Keys: {@code assessed},
 * {@code category.<code>}, {@code level.<code>} (incl. {@code level.NONE}), {@code decision.<code>},
 * {@code assessmentNotUsed}, {@code thirdParty}, {@code filing.ON_TIME|LATE|MISSING}, {@code incidents}, then the cases' {@code case.listed},
 * {@code case.ruled}, {@code case.resolvedBeforeRuling}.
 */
final class MonthlyColumns {
    static final String ASSESSED = "assessed";
    /** Decisions of the month against the assessment (评而不用, R2). */
    static final String ASSESSMENT_NOT_USED = "assessmentNotUsed";
    static final String THIRD_PARTY = "thirdParty";
    static final String ON_TIME = "filing.ON_TIME";
    static final String LATE = "filing.LATE";
    static final String MISSING = "filing.MISSING";
    static final String INCIDENTS = "incidents";
    /** 政法办案 cases listed for assessment in the month. */
    static final String CASES_LISTED = "case.listed";
    /** Cases ruled on in the month. */
    static final String CASES_RULED = "case.ruled";
    /** Of those, ruled after the risk of their stage was resolved (R8). */
    static final String CASES_RESOLVED_BEFORE_RULING = "case.resolvedBeforeRuling";

    static final List<MonthlyColumn> ALL = columns();
    private static final Map<String, Integer> INDEX = index();

    private MonthlyColumns() {
    }

    /** The position of a column key, or -1 for a code the table has no column for. */
    static int indexOf(String key) {
        return INDEX.getOrDefault(key, -1);
    }

    static String category(String code) {
        return "category." + code;
    }

    static String level(String code) {
        return "level." + (code == null ? Counter.NONE : code);
    }

    static String decision(String code) {
        return "decision." + code;
    }

    private static List<MonthlyColumn> columns() {
        List<MonthlyColumn> columns = new ArrayList<>();
        columns.add(new MonthlyColumn(ASSESSED, "评估事项数"));
        StatsLabels.CATEGORIES.forEach((code, label) -> columns.add(new MonthlyColumn(category(code), label)));
        StatsLabels.RISK_LEVELS.forEach((code, label) -> columns.add(new MonthlyColumn(level(code), label)));
        StatsLabels.DECISIONS.forEach((code, label) -> {
            if (!Counter.NONE.equals(code)) columns.add(new MonthlyColumn(decision(code), label));
        });
        columns.add(new MonthlyColumn(ASSESSMENT_NOT_USED, "评而不用"));
        columns.add(new MonthlyColumn(THIRD_PARTY, "第三方评估"));
        columns.add(new MonthlyColumn(ON_TIME, "按时报备"));
        columns.add(new MonthlyColumn(LATE, "迟报"));
        columns.add(new MonthlyColumn(MISSING, "漏报"));
        columns.add(new MonthlyColumn(INCIDENTS, "不稳定事件"));
        columns.add(new MonthlyColumn(CASES_LISTED, "案件列入评估"));
        columns.add(new MonthlyColumn(CASES_RULED, "案件裁决"));
        columns.add(new MonthlyColumn(CASES_RESOLVED_BEFORE_RULING, "化解后裁决"));
        return List.copyOf(columns);
    }

    private static Map<String, Integer> index() {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < ALL.size(); i++) index.put(ALL.get(i).key(), i);
        return Map.copyOf(index);
    }
}
