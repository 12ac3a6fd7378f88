package org.wenping.command.domain;

import org.wenping.kernel.time.BusinessZone;

import java.time.LocalDate;

/**
 * The business date of an act (the meeting, the filing) is recorded beside the recording time; an act
 * cannot have happened after today, China time ({@link BusinessZone}).
 */
public final class BusinessDates {
    private BusinessDates() {
    }

    public static void requireNotInFuture(String field, LocalDate date) {
        if (date.isAfter(LocalDate.now(BusinessZone.ZONE))) {
            throw new BusinessDateInFutureException(field, date);
        }
    }

    /** The business date a request names, or today when it names none. */
    public static LocalDate orToday(LocalDate businessDate) {
        return businessDate != null ? businessDate : LocalDate.now(BusinessZone.ZONE);
    }
}
