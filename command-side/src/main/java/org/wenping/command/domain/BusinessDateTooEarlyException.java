package org.wenping.command.domain;

import java.time.LocalDate;

/** An act cannot be recorded as having happened before the records begin ({@link BusinessDates#EARLIEST}). */
public class BusinessDateTooEarlyException extends CommandRefusedException {
    public BusinessDateTooEarlyException(String field, LocalDate date) {
        super("BUSINESS_DATE_TOO_EARLY", Kind.UNPROCESSABLE, field,
                "业务日期 " + date + " 早于 " + BusinessDates.EARLIEST + ",不在本系统记录范围内");
    }
}
