package org.wenping.query.dossier;

import com.fasterxml.jackson.databind.JsonNode;

import java.lang.reflect.RecordComponent;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.Map;

/** The business date of an event: its {@code …On} field (registeredOn, decidedOn, filedOn …), not the recording time. */
public final class BusinessDate {
    private BusinessDate() {
    }

    /** The first {@code …On} date component of a kernel event record; null when it has none. */
    public static LocalDate of(Object event) {
        if (event == null || !event.getClass().isRecord()) return null;
        for (RecordComponent component : event.getClass().getRecordComponents()) {
            if (component.getType() == LocalDate.class && component.getName().endsWith("On")) {
                try {
                    return (LocalDate) component.getAccessor().invoke(event);
                } catch (ReflectiveOperationException unreachable) {
                    throw new IllegalStateException(unreachable);
                }
            }
        }
        return null;
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
