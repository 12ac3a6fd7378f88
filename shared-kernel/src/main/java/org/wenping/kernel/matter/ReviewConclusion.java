package org.wenping.kernel.matter;

/** The conclusion of the expert panel's review of the report (组织评审, seed 002). */
public enum ReviewConclusion {
    PASSED("通过"),
    PASSED_WITH_CHANGES("修改后通过"),
    /** The report must be compiled again and reviewed anew. */
    FAILED("未通过");

    private final String label;

    ReviewConclusion(String label) {
        this.label = label;
    }

    /** The zh-CN name shown to users. */
    public String label() {
        return label;
    }
}
