package org.wenping.kernel.registry;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.UUID;
import java.util.regex.Pattern;

/** Identity of a third-party assessment agency in the registry; serialized as its bare string. */
public record AgencyId(String value) {
    private static final Pattern FORM = Pattern.compile("[A-Za-z0-9-]{1,64}");

    @JsonCreator
    public AgencyId {
        if (value == null || !FORM.matcher(value).matches()) {
            throw new IllegalArgumentException("invalid agency id: " + value);
        }
    }

    public static AgencyId random() {
        return new AgencyId("agency-" + UUID.randomUUID());
    }

    @JsonValue
    @Override
    public String value() {
        return value;
    }

    /** Axon resolves aggregate identifiers through {@code toString()}. */
    @Override
    public String toString() {
        return value;
    }
}
