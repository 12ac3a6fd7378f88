package org.wenping.query.lists;

import java.util.ArrayList;
import java.util.List;

/**
 * The matters of one jurisdiction decided in one year while on no filed list (未备案, R11), under the list their
 * unit owes or the list they were on, in the order they were decided. One document per year, jurisdiction and list,
 * so that no document grows with the province: a year's index names these groups, never the matters.
 */
record UnlistedMatters(String id, int year, String jurisdiction, String listId, List<String> matterIds) {
    UnlistedMatters {
        matterIds = List.copyOf(matterIds);
    }

    static String idOf(int year, String jurisdiction, String listId) {
        return year + "|" + jurisdiction + "|" + listId;
    }

    static UnlistedMatters none(int year, String jurisdiction, String listId) {
        return new UnlistedMatters(idOf(year, jurisdiction, listId), year, jurisdiction, listId, List.of());
    }

    /** With the matter added at the end; the same when it is listed already (a batch handled again). */
    UnlistedMatters with(String matterId) {
        if (matterIds.contains(matterId)) return this;
        List<String> more = new ArrayList<>(matterIds);
        more.add(matterId);
        return new UnlistedMatters(id, year, jurisdiction, listId, more);
    }

    YearIndex.UnlistedGroup group() {
        return new YearIndex.UnlistedGroup(id, jurisdiction);
    }
}
