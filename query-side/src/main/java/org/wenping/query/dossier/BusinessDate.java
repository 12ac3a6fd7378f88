package org.wenping.query.dossier;

import com.fasterxml.jackson.databind.JsonNode;

import java.lang.reflect.RecordComponent;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;

/** The business date of an event: its {@code …On} field (registeredOn, decidedOn, filedOn …), not the recording time. */
public final class BusinessDate {
    /** Per event type, its first {@code …On} date component, looked up once: events pass here on every projection. */
    private static final ClassValue<Optional<RecordComponent>> DATE_COMPONENT = new ClassValue<>() {
        @Override
        protected Optional<RecordComponent> computeValue(Class<?> type) {
            if (!type.isRecord()) return Optional.empty();
            return Arrays.stream(type.getRecordComponents())
                    .filter(component -> component.getType() == LocalDate.class && component.getName().endsWith("On"))
                    .findFirst();
        }
    };

    private BusinessDate() {
    }

    /** The first {@code …On} date component of a kernel event record; null when it has none. */
    public static LocalDate of(Object event) {
        if (event == null) return null;
        return DATE_COMPONENT.get(event.getClass()).map(component -> {
            try {
                return (LocalDate) component.getAccessor().invoke(event);
            } catch (ReflectiveOperationException unreachable) {
                throw new IllegalStateException(unreachable);
            }
        }).orElse(null);
    }

    /** The first {@code …On} field of a stored payload that reads as a date; for events this reader does not know. */
    public static LocalDate of(JsonNode payload) {
        if (payload == null) return null;
        for (Iterator<Map.Entry<String, JsonNode>> fields = payload.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (field.getKey().endsWith("On") && field.getValue().isTextual()) {
                try {
                    return LocalDate.parse(field.getValue().asText());
                } catch (DateTimeException notADate) {
                    // keep looking
                }
            }
        }
        return null;
    }
}
