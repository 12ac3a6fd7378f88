package org.wenping.query.stats;

import org.wenping.query.legalcase.CaseStatusView;
import org.wenping.query.web.QueryRefusedException;

import java.util.regex.Pattern;

/**
 * The optional filters of {@code GET /api/stats}, applied inside the reader's jurisdiction: a 行政区划 code
 * prefix (62, 6209, 620902 — matched as in {@code GET /api/matters}) and the year of registration.
 */
record StatsFilter(String jurisdiction, Integer year) {
    private static final Pattern PREFIX = Pattern.compile("\\d{2,6}");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");

    static StatsFilter of(String jurisdiction, String year) {
        String prefix = blank(jurisdiction) ? null : jurisdiction.trim();
        if (prefix != null && !PREFIX.matcher(prefix).matches()) {
            throw QueryRefusedException.invalidParameter("jurisdiction", "辖区须为2至6位行政区划代码前缀,例如 6209");
        }
        if (!blank(year) && !YEAR.matcher(year.trim()).matches()) {
            throw QueryRefusedException.invalidParameter("year", "年份须为4位数字,例如 2026");
        }
        return new StatsFilter(prefix, blank(year) ? null : Integer.valueOf(year.trim()));
    }

    /** A cell of matters by its jurisdiction and year of registration. */
    boolean covers(MatterCell cell) {
        return covers(cell.jurisdiction(), cell.year());
    }

    /** A case by its jurisdiction and the year it was listed for assessment. */
    boolean covers(CaseStatusView view) {
        return covers(view.facts().jurisdiction(), view.listing().listedOn().getYear());
    }

    private boolean covers(String code, int opened) {
        return (jurisdiction == null || code.startsWith(jurisdiction)) && (year == null || opened == year);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
