package org.wenping.query.dossier;

/** A coded value as readers see it: the stable code and its zh-CN name. */
public record CodeLabel(String code, String label) {

    /** The code of an enum constant with its label; null for null. */
    public static CodeLabel of(Enum<?> value, String label) {
        return value == null ? null : new CodeLabel(value.name(), label);
    }
}
