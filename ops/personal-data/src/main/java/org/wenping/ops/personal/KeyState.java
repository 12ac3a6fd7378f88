package org.wenping.ops.personal;

/** Where a person's data key stands. */
public enum KeyState {
    /** 有效: the data opens for every role allowed to read personal data. */
    ACTIVE("有效"),
    /** 限制处理 (PIPL Art. 47 §2): kept because a retention duty forbids erasure, readable by one named role only. */
    RESTRICTED("限制处理"),
    /** 已删除: the key was destroyed, so the data can never be opened again (crypto-shredding). */
    ERASED("已删除");

    private final String label;

    KeyState(String label) {
        this.label = label;
    }

    /** The zh-CN name shown to users. */
    public String label() {
        return label;
    }
}
