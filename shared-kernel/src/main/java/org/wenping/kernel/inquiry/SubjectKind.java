package org.wenping.kernel.inquiry;

/** The kinds of record an inquiry looks into: a 重大事项 or a 政法 case. */
public enum SubjectKind {
    MATTER("重大事项"),
    CASE("政法案件");

    private final String label;

    SubjectKind(String label) {
        this.label = label;
    }

    /** The zh-CN name shown to users. */
    public String label() {
        return label;
    }
}
