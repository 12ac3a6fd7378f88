package org.wenping.kernel.inquiry;

/** Why a 责任倒查 was opened (seed 002: 引发社会矛盾或群体上访事件的,一律实行责任倒查). */
public enum InquiryReason {
    /** An unstable incident connected with the subject (集体上访, 群体性事件 …). */
    INCIDENT("不稳定事件"),
    /** A petition or complaint about how the subject was handled. */
    COMPLAINT("信访投诉"),
    /** An audit, an inspection or a 督查 found something wrong. */
    AUDIT_FINDING("审计或督查发现");

    private final String label;

    InquiryReason(String label) {
        this.label = label;
    }

    /** The zh-CN name shown to users. */
    public String label() {
        return label;
    }
}
