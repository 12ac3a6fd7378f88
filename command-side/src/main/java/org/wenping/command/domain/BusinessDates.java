package org.wenping.command.domain;

import org.wenping.kernel.time.BusinessZone;

import java.time.LocalDate;

/**
 * The business date of an act (the meeting, the filing) is recorded beside the recording time; an act
 * cannot have happened after today, China time ({@link BusinessZone}), nor before the records this system keeps
 * can begin (the founding of the People's Republic, 1949-10-01: year 1 or −999999999 are typing errors or probes,
 * and statistics would show them).
 */
public final class BusinessDates {
    /** The earliest business date on record. */
    public static final LocalDate EARLIEST = LocalDate.of(1949, 10, 1);

    private BusinessDates() {
    }

    /** Refuses a date after today, and one before {@link #EARLIEST}. */
    public static void requireNotInFuture(String field, LocalDate date) {
        if (date.isAfter(LocalDate.now(BusinessZone.ZONE))) {
            throw new BusinessDateInFutureException(field, date);
        }
        if (date.isBefore(EARLIEST)) {
            throw new BusinessDateTooEarlyException(field, date);
        }
    }

    /** The business date a request names, or today when it names none. */
    public static LocalDate orToday(LocalDate businessDate) {
        return businessDate != null ? businessDate : LocalDate.now(BusinessZone.ZONE);
    }
}
