package org.wenping.kernel.legalcase;

/** The forms a case's risk is predicted to take (seed 004 篇4: 诱发不稳定事件或引起上访). */
public enum PredictedForm {
    PETITION("上访"),
    BYPASS_PETITION("越级上访"),
    MASS_INCIDENT("群体性事件"),
    EXTREME_INCIDENT("极端事件");

    private final String label;

    PredictedForm(String label) {
        this.label = label;
    }

    /** The zh-CN name shown to users. */
    public String label() {
        return label;
    }
}
