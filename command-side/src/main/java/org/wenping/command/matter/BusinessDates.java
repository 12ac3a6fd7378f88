package org.wenping.command.matter;

import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The business date of an act (the meeting, the filing) is recorded beside the recording time; an act
 * cannot have happened after today, China time.
 */
final class BusinessDates {
    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private BusinessDates() {
    }

    static void requireNotInFuture(String field, LocalDate date) {
        if (date.isAfter(LocalDate.now(CHINA))) {
            throw new BusinessDateInFutureException(field, date);
        }
    }
}
