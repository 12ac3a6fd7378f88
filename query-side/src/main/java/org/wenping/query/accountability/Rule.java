package org.wenping.query.accountability;

import org.wenping.query.dossier.CodeLabel;

/** The rules of domain.md a step can satisfy or breach; MITIGATION is seed 002's 全程跟踪、边实施边化解. */
enum Rule {
    R1("不评估不决策"),
    R2("评用结合"),
    R3("简易程序仅限低风险"),
    R4("依法委托第三方评估机构"),
    R5("评审专家回避"),
    R6("决策后次日报备"),
    R7("动态评估,切忌一评了之"),
    R8("风险未化解的不得裁决;重大疑难复杂案件未经评估不得裁决"),
    R10("更正须留痕,不得覆盖"),
    MITIGATION("边实施边化解"),
    /** Seed 004 篇4 以人为本: a ruling most of the public does not understand or support calls for utmost caution. */
    PEOPLE_FIRST("以人为本,慎之又慎");

    private final String label;

    Rule(String label) {
        this.label = label;
    }

    CodeLabel coded() {
        return new CodeLabel(name(), label);
    }
}
