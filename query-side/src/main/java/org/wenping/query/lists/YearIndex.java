package org.wenping.query.lists;

import java.util.ArrayList;
import java.util.List;

/**
 * What the lists of one year are keyed by, so that reading them is one {@code _id} lookup and one {@code $in}:
 * every unit known to owe a list that year (from its list, or from a matter it registered), and every group of
 * matters decided that year while on no filed list ({@link UnlistedMatters}). Both grow with the units of the
 * province, not with its matters: the document is read and written in every batch that touches the year.
 */
record YearIndex(int year, List<UnitEntry> units, List<UnlistedGroup> unlistedGroups) {
    YearIndex {
        units = List.copyOf(units);
        // null in an index stored before the groups existed: the projection is rebuilt on such a release.
        unlistedGroups = unlistedGroups == null ? List.of() : List.copyOf(unlistedGroups);
    }

    /** A unit owing a list in a jurisdiction; {@code listId} is the id its list has or will have. */
    record UnitEntry(String listId, String jurisdiction, String responsibleUnit) {
    }

    /** A group of matters decided while on no filed list (未备案): its {@link UnlistedMatters} id and jurisdiction. */
    record UnlistedGroup(String id, String jurisdiction) {
    }

    static YearIndex empty(int year) {
        return new YearIndex(year, List.of(), List.of());
    }

    YearIndex withUnit(UnitEntry unit) {
        if (units.stream().anyMatch(known -> known.listId().equals(unit.listId()))) return this;
        List<UnitEntry> more = new ArrayList<>(units);
        more.add(unit);
        return new YearIndex(year, more, unlistedGroups);
    }

    YearIndex withUnlistedGroup(UnlistedGroup group) {
        if (unlistedGroups.contains(group)) return this;
        List<UnlistedGroup> more = new ArrayList<>(unlistedGroups);
        more.add(group);
        return new YearIndex(year, units, more);
    }
}
