package org.wenping.kernel.inquiry;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.wenping.kernel.identity.Identifiers;

import java.util.UUID;

/** Identity of a 追责 inquiry (责任倒查); serialized as its bare string. */
public record InquiryId(String value) {
    @JsonCreator
    public InquiryId {
        Identifiers.require(value, "inquiry");
    }

    public static InquiryId random() {
        return new InquiryId(UUID.randomUUID().toString());
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
