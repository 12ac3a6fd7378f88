package org.wenping.kernel.legalcase;

/**
 * The procedural stage of a case: the criminal chain 侦查 → 审查起诉 → 审判 → 执行, and the organs' own entry stages
 * (立案, 受理). Each stage is assessed anew (seed 004 篇4: 在办案的每个阶段和工作环节).
 */
public enum ProceduralStage {
    /** 受理: a court's or a 司法行政 organ's acceptance of a case. */
    ACCEPTANCE("受理"),
    /** 立案: the opening of a case by 公安 or a court. */
    FILING("立案"),
    INVESTIGATION("侦查"),
    PROSECUTION_REVIEW("审查起诉"),
    TRIAL("审判"),
    ENFORCEMENT("执行");

    private final String label;

    ProceduralStage(String label) {
        this.label = label;
    }

    /** The zh-CN name shown to users. */
    public String label() {
        return label;
    }
}
