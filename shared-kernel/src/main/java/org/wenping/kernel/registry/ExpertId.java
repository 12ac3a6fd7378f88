package org.wenping.kernel.registry;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.UUID;
import java.util.regex.Pattern;

/** Identity of an expert in the 专家库; serialized as its bare string. */
public record ExpertId(String value) {
    private static final Pattern FORM = Pattern.compile("[A-Za-z0-9-]{1,64}");

    @JsonCreator
    public ExpertId {
        if (value == null || !FORM.matcher(value).matches()) {
            throw new IllegalArgumentException("invalid expert id: " + value);
        }
    }

    public static ExpertId random() {
        return new ExpertId("expert-" + UUID.randomUUID());
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
