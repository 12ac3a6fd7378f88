package org.wenping.kernel.registry;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.wenping.kernel.identity.Identifiers;

import java.util.UUID;

/** Identity of a third-party assessment agency in the registry; serialized as its bare string. */
public record AgencyId(String value) {
    @JsonCreator
    public AgencyId {
        Identifiers.require(value, "agency");
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
