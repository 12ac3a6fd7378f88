package org.wenping.kernel.registry;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.wenping.kernel.identity.Identifiers;

import java.util.UUID;

/** Identity of an expert in the 专家库; serialized as its bare string. */
public record ExpertId(String value) {
    @JsonCreator
    public ExpertId {
        Identifiers.require(value, "expert");
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
