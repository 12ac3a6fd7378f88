package org.wenping.query.reports;

import java.time.LocalDate;

/** A unit's yearly list as a deadline: compiled for {@code year}, received on {@code filedOn} or not yet (null). */
record ListFiling(String listId, int year, String jurisdiction, String responsibleUnit, LocalDate filedOn) {
    ListFiling filed(LocalDate on) {
        return new ListFiling(listId, year, jurisdiction, responsibleUnit, on);
    }
}
