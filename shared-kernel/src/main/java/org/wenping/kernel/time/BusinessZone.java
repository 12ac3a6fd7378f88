package org.wenping.kernel.time;

import java.time.ZoneId;

/**
 * The time zone of business dates. A business date (the day a meeting was held, a report filed, a decision
 * made) is an Asia/Shanghai date; "today", for deadlines and for refusing acts dated in the future, is
 * today in Asia/Shanghai, whatever zone the server runs in.
 */
public final class BusinessZone {
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private BusinessZone() {
    }
}
