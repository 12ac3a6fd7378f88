package org.wenping.kernel.matter;

/** How grave the consequences of a risk factor would be (seed 004 篇3). */
public enum Severity {
    SEVERE("严重"),
    SIGNIFICANT("较重"),
    MINOR("轻微");

    private final String label;

    Severity(String label) {
        this.label = label;
    }

    /** The zh-CN name shown to users. */
    public String label() {
        return label;
    }
}
