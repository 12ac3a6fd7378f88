package org.wenping.kernel.inquiry;

/** How far a person answers for a breach (seed 004 篇4: 主要领导是第一责任人,分管领导是主要责任人,承办人员是直接责任人). */
public enum Responsibility {
    FIRST("第一责任人"),
    PRINCIPAL("主要责任人"),
    DIRECT("直接责任人");

    private final String label;

    Responsibility(String label) {
        this.label = label;
    }

    /** The zh-CN name shown to users. */
    public String label() {
        return label;
    }
}
