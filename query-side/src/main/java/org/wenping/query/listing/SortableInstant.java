package org.wenping.query.listing;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;

/**
 * An instant with all nine fraction digits, so that stored strings sort as the instants do (Jackson writes ISO-8601
 * with as few fraction digits as it needs, and "…00Z" sorts after "…00.500Z").
 */
final class SortableInstant {
    private static final DateTimeFormatter NANOS = new DateTimeFormatterBuilder()
            .appendPattern("uuuu-MM-dd'T'HH:mm:ss").appendFraction(ChronoField.NANO_OF_SECOND, 9, 9, true)
            .appendLiteral('Z').toFormatter().withZone(ZoneOffset.UTC);

    private SortableInstant() {
    }

    static String format(Instant instant) {
        return NANOS.format(instant);
    }
}
