package org.wenping.kernel.legalcase;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.wenping.kernel.identity.Identifiers;

import java.util.UUID;

/** Identity of a 政法办案 case; serialized as its bare string. */
public record CaseId(String value) {
    @JsonCreator
    public CaseId {
        Identifiers.require(value, "case");
    }

    public static CaseId random() {
        return new CaseId(UUID.randomUUID().toString());
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
