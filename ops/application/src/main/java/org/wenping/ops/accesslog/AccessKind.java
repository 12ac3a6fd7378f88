package org.wenping.ops.accesslog;

/** What kind of read an access-log entry records. */
enum AccessKind {
    /** 一事一档: a record's dossier. */
    DOSSIER("一事一档"),
    /** 责任倒查时间线: a record's accountability timeline. */
    ACCOUNTABILITY_TIMELINE("责任倒查时间线"),
    /** 档案导出: a dossier exported as offline evidence. */
    EXPORT("档案导出"),
    /** 涉案人员个人信息: personal data opened for a reader. */
    PERSONAL_DATA("涉案人员个人信息");

    private final String label;

    AccessKind(String label) {
        this.label = label;
    }

    /** The zh-CN name shown to users. */
    public String getLabel() {
        return label;
    }
}
