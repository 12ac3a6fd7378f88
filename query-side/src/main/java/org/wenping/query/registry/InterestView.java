package org.wenping.query.registry;

import java.time.LocalDate;

/** An interest (利害关系) an expert declared in a matter, which keeps the expert off its review panel (R5). */
record InterestView(String matterId, String interest, LocalDate declaredOn) {
}
