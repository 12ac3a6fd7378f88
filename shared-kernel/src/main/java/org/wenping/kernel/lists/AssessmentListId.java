package org.wenping.kernel.lists;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.wenping.kernel.identity.Identifiers;
import org.wenping.kernel.jurisdiction.JurisdictionCode;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Identity of a responsible unit's yearly list; serialized as its bare string. There is one list per unit,
 * jurisdiction and year, so the id is derived from them: the store's unique stream key then refuses a second
 * list, and a matter finds its unit's list without a search.
 */
public record AssessmentListId(String value) {
    @JsonCreator
    public AssessmentListId {
        Identifiers.require(value, "assessment list");
    }

    /** The list of {@code unit} in {@code jurisdiction} for {@code year}; the unit's name enters as a hash (ids are ASCII). */
    public static AssessmentListId of(JurisdictionCode jurisdiction, String unit, int year) {
        return new AssessmentListId("list-" + jurisdiction.value() + "-" + year + "-" + unitHash(unit));
    }

    static String unitHash(String unit) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(unit.strip().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
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
