package org.wenping.kernel.matter;

/** How the opinions of the public and the parties were heard (听取意见, seeds 001, 004). */
public enum OpinionMethod {
    SYMPOSIUM("座谈会"),
    QUESTIONNAIRE("问卷调查"),
    VISIT("走访"),
    HEARING("听证"),
    PUBLIC_NOTICE("公示"),
    EXPERT_CONSULTATION("专家论证");

    private final String label;

    OpinionMethod(String label) {
        this.label = label;
    }

    /** The zh-CN name shown to users. */
    public String label() {
        return label;
    }
}
