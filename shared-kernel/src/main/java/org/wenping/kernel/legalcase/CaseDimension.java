package org.wenping.kernel.legalcase;

/** The three dimensions a case's risk is assessed on (seed 004 篇4, 四、2 准确评估风险). */
public enum CaseDimension {
    /** 执法办案的合法性. */
    LEGALITY("合法性"),
    /** 利益协调的合理性. */
    REASONABLENESS("合理性"),
    /** 稳定风险的可控性. */
    CONTROLLABILITY("可控性");

    private final String label;

    CaseDimension(String label) {
        this.label = label;
    }

    /** The zh-CN name shown to users. */
    public String label() {
        return label;
    }
}
