package org.wenping.kernel.actor;

/**
 * What a user may ask of Wenping: each command step, reading the record, and operating the system. The rows
 * of the permission table ({@link Permissions}).
 */
public enum Action {
    /** 立项. */
    REGISTER_MATTER("立项"),
    /** 制定评估方案. */
    DRAFT_ASSESSMENT_PLAN("制定评估方案"),
    /** 委托第三方评估机构 (R4). */
    COMMISSION_AGENCY("委托第三方评估机构"),
    /** 听取意见. */
    COLLECT_OPINIONS("听取意见"),
    /** 分析论证. */
    ANALYSE_DIMENSION("分析论证"),
    /** 定级. */
    GRADE_RISK("定级"),
    /** 编制评估报告. */
    COMPILE_REPORT("编制评估报告"),
    /** 专家评审 (R5). */
    REVIEW_REPORT("专家评审"),
    /** 报备登记 (R1, R6). */
    RECORD_FILING("报备登记"),
    /** 决策 (R1, R2). */
    MAKE_DECISION("决策"),
    /** 转为普通程序 (R3). */
    ESCALATE_PROCEDURE("转为普通程序"),
    /** 制定化解措施. */
    ADOPT_MEASURE("制定化解措施"),
    /** 落实化解措施. */
    COMPLETE_MEASURE("落实化解措施"),
    /** 制定应急预案. */
    PREPARE_CONTINGENCY_PLAN("制定应急预案"),
    /** 跟踪报告. */
    SUBMIT_TRACKING_REPORT("跟踪报告"),
    /** 报告不稳定事件 (R7). */
    REPORT_INCIDENT("报告不稳定事件"),
    /** 重新评估 (R7). */
    OPEN_REASSESSMENT("重新评估"),
    /** 结项归档. */
    CLOSE_MATTER("结项归档"),
    /** 更正记录 (R10). */
    CORRECT_RECORD("更正记录"),
    /** 编制年度评估清单 (清单管理, seed 004 篇3). */
    COMPILE_ASSESSMENT_LIST("编制年度评估清单"),
    /** 清单增补或撤出事项. */
    AMEND_ASSESSMENT_LIST("增补或撤出清单事项"),
    /** 清单报备登记: the 维稳办 records the filing of a yearly list. */
    FILE_ASSESSMENT_LIST("清单报备登记"),
    /** 报送统计表或工作进展情况报告表 (seeds 002, 004 篇3). */
    SUBMIT_MONTHLY_REPORT("报送月度报表"),
    /** 专家入库, 变更关联单位, 申报利害关系, 专家出库: keeping the 专家库. */
    KEEP_EXPERT_POOL("维护专家库"),
    /** 评估机构登记, 除名: keeping the registry of third-party agencies. */
    KEEP_AGENCY_REGISTRY("维护评估机构名录"),
    /** 月度排查后列为评估对象: a 政法 case listed for 办案风险评估 (seed 004 篇4). */
    LIST_CASE("案件列为评估对象"),
    /** 案件风险评估: assessing, grading, reporting, measures, resolving the risk, follow-up visits (谁办理、谁评估、谁化解). */
    ASSESS_CASE("办案风险评估"),
    /** 诉讼阶段变更: the case moves to its next procedural stage, which re-opens the assessment. */
    CHANGE_CASE_STAGE("诉讼阶段变更"),
    /** 裁决 (R8). */
    RULE_ON_CASE("裁决"),
    /** 结案归档. */
    CLOSE_CASE("结案归档"),
    /** 查阅涉案人员个人信息: every such read is itself recorded. */
    READ_PERSONAL_DATA("查阅涉案人员信息"),
    /** 删除或限制处理涉案人员个人信息 (PIPL Art. 47), on a recorded legal ground. */
    ERASE_PERSONAL_DATA("删除或限制处理个人信息"),
    /** 启动责任倒查 and everything an inquiry records: findings, sanctions, conclusion (追责). */
    CONDUCT_INQUIRY("责任倒查"),
    /** Every GET: status, lists, 一事一档, accountability, statistics, live updates. */
    READ_RECORDS("查阅记录"),
    /** 完整性核验: re-reading the whole store's chain, signatures and checkpoints ({@code /api/ops/integrity}). */
    VERIFY_INTEGRITY("完整性核验"),
    /** 查阅访问日志: who read which dossier, timeline, export or personal data ({@code /api/ops/access-log}). */
    READ_ACCESS_LOG("查阅访问日志"),
    /** Projections, rebuilds and dead letters of the system itself. */
    OPERATE_SYSTEM("系统运维");

    private final String label;

    Action(String label) {
        this.label = label;
    }

    /** The zh-CN name shown to users. */
    public String label() {
        return label;
    }
}
