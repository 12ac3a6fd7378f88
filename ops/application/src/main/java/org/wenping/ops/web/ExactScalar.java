package org.wenping.ops.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;

import java.io.IOException;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * An enum value or a date read exactly as written: Jackson trims what it reads there (and {@code String.trim()}
 * takes NUL with the spaces), so {@code "PROJECT\u0000"} and {@code " 2026-03-01"} were taken for what they are
 * not. Enum names and ISO dates are printable ASCII without spaces; anything else is refused. A date must also
 * lie between the founding of the People's Republic and the last four-digit year (deadlines may lie ahead; whether
 * an act's date lies ahead is the domain's rule, answered 422).
 */
final class ExactScalar extends DelegatingDeserializer {
    static final LocalDate EARLIEST = LocalDate.of(1949, 10, 1);
    static final LocalDate LATEST = LocalDate.of(9999, 12, 31);

    ExactScalar(JsonDeserializer<?> delegate) {
        super(delegate);
    }

    @Override
    protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
        return new ExactScalar(delegate);
    }

    @Override
    public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        if (parser.hasToken(JsonToken.VALUE_STRING)) {
            String text = parser.getText();
            if (text.chars().anyMatch(c -> c <= ' ' || c >= 0x7F)) {
                throw context.weirdStringException(text, handledType(), "not exactly a value of its kind");
            }
        }
        Object value = _delegatee.deserialize(parser, context);
        if (!withinRange(value)) throw new DateOutOfRangeException(parser);
        return value;
    }

    private static boolean withinRange(Object value) {
        if (value instanceof LocalDate date) return !date.isBefore(EARLIEST) && !date.isAfter(LATEST);
        if (value instanceof YearMonth month) return !month.isBefore(YearMonth.from(EARLIEST)) && !month.isAfter(YearMonth.from(LATEST));
        return true;
    }
}
