package org.wenping.query.lists;

import java.util.ArrayList;
import java.util.List;

/**
 * What the lists of one year are keyed by, so that reading them is one {@code _id} lookup and one {@code $in}:
 * every unit known to owe a list that year (from its list, or from a matter it registered), and every matter
 * decided that year while on no filed list.
 */
record YearIndex(int year, List<UnitEntry> units, List<UnlistedEntry> unlisted) {
    YearIndex {
        units = List.copyOf(units);
        unlisted = List.copyOf(unlisted);
    }

    /** A unit owing a list in a jurisdiction; {@code listId} is the id its list has or will have. */
    record UnitEntry(String listId, String jurisdiction, String responsibleUnit) {
    }

    /** A matter decided while on no filed list (未备案), under the list its unit owes. */
    record UnlistedEntry(String matterId, String jurisdiction, String listId) {
    }

    static YearIndex empty(int year) {
        return new YearIndex(year, List.of(), List.of());
    }

    YearIndex withUnit(UnitEntry unit) {
        if (units.stream().anyMatch(known -> known.listId().equals(unit.listId()))) return this;
        List<UnitEntry> more = new ArrayList<>(units);
        more.add(unit);
        return new YearIndex(year, more, unlisted);
    }

    YearIndex withUnlisted(UnlistedEntry matter) {
        if (unlisted.stream().anyMatch(known -> known.matterId().equals(matter.matterId()))) return this;
        List<UnlistedEntry> more = new ArrayList<>(unlisted);
        more.add(matter);
        return new YearIndex(year, units, more);
    }
}
