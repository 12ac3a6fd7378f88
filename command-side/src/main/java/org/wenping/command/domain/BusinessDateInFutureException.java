package org.wenping.command.domain;

import java.time.LocalDate;

/** An act cannot be recorded as having happened on a date that has not come yet. */
public class BusinessDateInFutureException extends CommandRefusedException {
    public BusinessDateInFutureException(String field, LocalDate date) {
        super("BUSINESS_DATE_IN_FUTURE", Kind.UNPROCESSABLE, field, "业务日期 " + date + " 晚于今天,不能登记未发生的事项");
    }
}
