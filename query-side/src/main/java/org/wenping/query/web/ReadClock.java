package org.wenping.query.web;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.wenping.kernel.time.BusinessZone;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/**
 * The moment a read is taken at: now by the application's {@link Clock} (system UTC when none is configured),
 * or the past instant a reader names with {@code ?asOf=}. Business dates are dates in Asia/Shanghai.
 */
@Component
public class ReadClock {
    /** {@link BusinessZone#ZONE}, under the name the query side reads it by. */
    public static final ZoneId BUSINESS_ZONE = BusinessZone.ZONE;

    private final Clock clock;

    ReadClock(ObjectProvider<Clock> clocks) {
        this.clock = clocks.getIfUnique(Clock::systemUTC);
    }

    public Instant now() {
        return clock.instant();
    }

    /** The business date (Asia/Shanghai) of an instant. */
    public static LocalDate businessDate(Instant instant) {
        return LocalDate.ofInstant(instant, BUSINESS_ZONE);
    }

    /** The business date the read is judged at: that of {@code asOf}, or today. */
    public LocalDate judgedOn(Instant asOf) {
        return businessDate(asOf == null ? now() : asOf);
    }

    /**
     * The instant named by {@code ?asOf=} ({@code 2026-03-20T08:00:00Z} or {@code 2026-03-20T16:00:00+08:00}), or
     * null when the parameter is absent or blank.
     */
    public Instant asOf(String raw) {
        if (raw == null || raw.isBlank()) return null;
        Instant instant = parse(raw.trim());
        if (instant.isAfter(now())) {
            throw QueryRefusedException.asOf(QueryRefusedException.AS_OF_IN_FUTURE, "asOf 不得晚于当前时间: " + raw);
        }
        return instant;
    }

    private static Instant parse(String raw) {
        try {
            return Instant.parse(raw);
        } catch (DateTimeException notUtc) {
            try {
                return OffsetDateTime.parse(raw).toInstant();
            } catch (DateTimeException invalid) {
                throw QueryRefusedException.asOf(QueryRefusedException.INVALID_AS_OF,
                        "asOf 须为 ISO-8601 时刻,如 2026-03-20T08:00:00Z 或 2026-03-20T16:00:00+08:00: " + raw);
            }
        }
    }
}
