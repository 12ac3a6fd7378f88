package org.wenping.command.legalcase;

import org.wenping.command.domain.CommandRefusedException;

/** A case is listed for assessment after the organ accepted it (月度排查 screens accepted cases), never before. */
class AcceptedAfterListingException extends CommandRefusedException {
    AcceptedAfterListingException() {
        super("CASE_ACCEPTED_AFTER_LISTING", Kind.UNPROCESSABLE, "acceptedOn", "受理日期不能晚于列为评估对象的日期");
    }
}
