package org.wenping.kernel.matter;

/** The assessment procedure chosen at 立项 (seed 002). */
public enum Procedure {
    /** 简易程序: low-risk matters, a special meeting plus the 简易程序报备表. */
    SIMPLIFIED("简易程序"),
    /** 普通程序: the full 七步法. */
    STANDARD("普通程序"),
    /** 特殊(重点)程序: matters of particular sensitivity. */
    SPECIAL("特殊(重点)程序");

    private final String label;

    Procedure(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
