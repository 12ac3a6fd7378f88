package org.wenping.kernel.matter;

/** How likely a risk factor is to materialise (seed 004 篇3). */
public enum Likelihood {
    HIGH("可能性大"),
    MEDIUM("可能性较大"),
    LOW("可能性小");

    private final String label;

    Likelihood(String label) {
        this.label = label;
    }

    /** The zh-CN name shown to users. */
    public String label() {
        return label;
    }
}
