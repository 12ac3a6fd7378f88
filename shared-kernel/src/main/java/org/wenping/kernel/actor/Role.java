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
