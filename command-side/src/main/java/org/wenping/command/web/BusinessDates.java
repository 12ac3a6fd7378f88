package org.wenping.command.web;

import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The business date of an act (the meeting, the filing) is recorded beside the recording time; an act
 * cannot have happened after today, China time.
 */
public final class BusinessDates {
    public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private BusinessDates() {
    }

    public static void requireNotInFuture(String field, LocalDate date) {
        if (date.isAfter(LocalDate.now(CHINA))) {
            throw new BusinessDateInFutureException(field, date);
        }
    }

    /** The business date a request names, or today when it names none. */
    public static LocalDate orToday(LocalDate businessDate) {
        return businessDate != null ? businessDate : LocalDate.now(CHINA);
    }
}
