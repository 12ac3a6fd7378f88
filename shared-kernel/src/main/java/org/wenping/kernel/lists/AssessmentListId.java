package org.wenping.kernel.lists;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.wenping.kernel.identity.Identifiers;
import org.wenping.kernel.jurisdiction.JurisdictionCode;

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
        return new AssessmentListId("list-" + jurisdiction.value() + "-" + year + "-" + UnitKey.of(unit));
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
