package org.wenping.kernel.actor;

/** The roles a user of Wenping acts in; each command is allowed to the roles that own its step. */
public enum Role {
    /** 评估责任主体: the responsible unit's staff who register and assess matters. */
    ASSESSOR("评估责任主体"),
    /** 决策机关: the deciding authority. */
    DECIDER("决策机关"),
    /** 维稳办 / 综治办: the supervising office that receives filings. */
    SUPERVISOR("维稳办"),
    /** 档案管理: archivists retrieving 一事一档 dossiers. */
    ARCHIVIST("档案管理"),
    /** 督查 / 纪检: inspectors doing 责任倒查. */
    INSPECTOR("督查/纪检"),
    /** 评审专家: a member of the expert pool. */
    EXPERT("评审专家"),
    /** 承办人: the officer handling a 政法 case, its 直接责任人 (seed 004 篇4: 谁办理、谁评估、谁化解). */
    HANDLER("承办人"),
    /** 分管领导: the organ's leader in charge of the case, its 主要责任人. */
    CASE_LEAD("分管领导"),
    /** 主要领导: the organ's head, 第一责任人 of its 办案风险评估. */
    ORGAN_HEAD("主要领导"),
    /** 系统管理员: operates the system itself. */
    ADMIN("系统管理员");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    /** The zh-CN name shown to users. */
    public String label() {
        return label;
    }
}
