package org.wenping.ops.personaldata;

/** What a reader is shown of one person on a case. */
enum PersonShown {
    /** 可读: the details, opened for this read. */
    DETAILS("可读"),
    /** 已删除: the person's key was destroyed on an authorised erasure. */
    ERASED("已删除"),
    /** 限制处理: kept for a retention duty, readable by another role only. */
    RESTRICTED("限制处理"),
    /** 无法解密: the sealed data does not authenticate (changed, or its key is missing); the integrity check says more. */
    UNREADABLE("无法解密");

    private final String label;

    PersonShown(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
