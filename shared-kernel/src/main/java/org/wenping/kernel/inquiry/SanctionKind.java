package org.wenping.kernel.inquiry;

/** What an inquiry may impose on the person a finding names, lightest first. */
public enum SanctionKind {
    CRITICISM_AND_EDUCATION("批评教育"),
    PUBLIC_CRITICISM("通报批评"),
    ADMONITORY_TALK("诫勉谈话"),
    ORGANISATIONAL_MEASURE("组织处理"),
    DISCIPLINARY_SANCTION("党纪政务处分"),
    REFERRAL_TO_JUDICIARY("移送司法机关");

    private final String label;

    SanctionKind(String label) {
        this.label = label;
    }

    /** The zh-CN name shown to users. */
    public String label() {
        return label;
    }
}
