package org.wenping.kernel.matter;

/** Who carries out the assessment (seed 002). */
public enum AssessorMode {
    /** 自行评估: the responsible unit assesses the matter itself. */
    SELF("自行评估"),
    /** 委托第三方: a registered third-party agency is commissioned. */
    THIRD_PARTY("委托第三方评估");

    private final String label;

    AssessorMode(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
