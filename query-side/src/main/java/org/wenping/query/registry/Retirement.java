package org.wenping.query.registry;

import java.time.LocalDate;

/** Why and on which business date an entry left its registry (注销 or 出库). */
record Retirement(String reason, LocalDate effectiveOn) {
}
