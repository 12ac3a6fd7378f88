package org.wenping.kernel.matter;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.UUID;
import java.util.regex.Pattern;

/** Identity of a 重大事项; serialized as its bare string. */
public record MatterId(String value) {
    private static final Pattern FORM = Pattern.compile("[A-Za-z0-9-]{1,64}");

    @JsonCreator
    public MatterId {
        if (value == null || !FORM.matcher(value).matches()) {
            throw new IllegalArgumentException("invalid matter id: " + value);
        }
    }

    public static MatterId random() {
        return new MatterId(UUID.randomUUID().toString());
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
