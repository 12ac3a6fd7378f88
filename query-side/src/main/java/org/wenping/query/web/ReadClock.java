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
import java.util.regex.Pattern;

/**
 * The moment a read is taken at: now by the application's {@link Clock} (system UTC when none is configured),
 * or the past instant a reader names with {@code ?asOf=}. Business dates are dates in Asia/Shanghai.
 */
@Component
public class ReadClock {
    /** {@link BusinessZone#ZONE}, under the name the query side reads it by. */
    public static final ZoneId BUSINESS_ZONE = BusinessZone.ZONE;

    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

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
     * for a date alone ({@code 2026-03-20}) the end of that day in China (today's ends now); null when the
     * parameter is absent or blank.
     */
    public Instant asOf(String raw) {
        if (raw == null || raw.isBlank()) return null;
        String value = raw.trim();
        Instant instant = DATE.matcher(value).matches() ? endOfDay(value, raw) : parse(value);
        if (instant.isAfter(now())) {
            throw QueryRefusedException.asOf(QueryRefusedException.AS_OF_IN_FUTURE, "asOf 不得晚于当前时间: " + raw);
        }
        return instant;
    }

    /**
     * The business date named by {@code ?businessDate=} ({@code 2026-03-20}): a read of what the record says
     * had happened by the end of that day. Null when absent or blank.
     */
    public static LocalDate happenedBy(String raw) {
        if (raw == null || raw.isBlank()) return null;
        try {
            if (DATE.matcher(raw.trim()).matches()) return LocalDate.parse(raw.trim());
        } catch (DateTimeException invalid) {
            // 2026-02-30: the shape is right, the day is not; refused below like any other malformed value.
        }
        throw QueryRefusedException.invalidParameter("businessDate", "businessDate 须为 YYYY-MM-DD 格式的日期,如 2026-03-20: " + raw);
    }

    private Instant endOfDay(String value, String raw) {
        LocalDate date;
        try {
            date = LocalDate.parse(value);
        } catch (DateTimeException invalid) {
            throw QueryRefusedException.asOf(QueryRefusedException.INVALID_AS_OF, "asOf 的日期不存在: " + raw);
        }
        Instant end = date.plusDays(1).atStartOfDay(BUSINESS_ZONE).toInstant().minusNanos(1);
        Instant now = now();
        return end.isAfter(now) && !date.isAfter(businessDate(now)) ? now : end;
    }

    private static Instant parse(String raw) {
        try {
            return Instant.parse(raw);
        } catch (DateTimeException notUtc) {
            try {
                return OffsetDateTime.parse(raw).toInstant();
            } catch (DateTimeException invalid) {
                throw QueryRefusedException.asOf(QueryRefusedException.INVALID_AS_OF,
                        "asOf 须为 ISO-8601 时刻或日期,如 2026-03-20T08:00:00Z、2026-03-20T16:00:00+08:00 或 2026-03-20: " + raw);
            }
        }
    }
}
