package org.wenping.kernel.matter;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.wenping.kernel.identity.Identifiers;

import java.util.UUID;

/** Identity of a 重大事项; serialized as its bare string. */
public record MatterId(String value) {
    @JsonCreator
    public MatterId {
        Identifiers.require(value, "matter");
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
