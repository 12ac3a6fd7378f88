package org.wenping.query.reports;

import java.util.ArrayList;
import java.util.List;

/**
 * The matters of one jurisdiction decided in one year, which owe their 报备: one document per year and jurisdiction,
 * so that the year's {@link ReportUnits} grows with the jurisdictions of the province, not with its matters.
 */
record DecidedMatters(String id, int year, String jurisdiction, List<String> matterIds) {
    DecidedMatters {
        matterIds = List.copyOf(matterIds);
    }

    static String idOf(int year, String jurisdiction) {
        return year + "|" + jurisdiction;
    }

    static DecidedMatters none(int year, String jurisdiction) {
        return new DecidedMatters(idOf(year, jurisdiction), year, jurisdiction, List.of());
    }

    /** With the matter added; the same when it is there already (a batch handled again). */
    DecidedMatters with(String matterId) {
        if (matterIds.contains(matterId)) return this;
        List<String> more = new ArrayList<>(matterIds);
        more.add(matterId);
        return new DecidedMatters(id, year, jurisdiction, more);
    }
}
