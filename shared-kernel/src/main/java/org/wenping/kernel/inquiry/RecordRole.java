package org.wenping.kernel.inquiry;

/**
 * The part a person played in the record an inquiry looks into, derived from the events they recorded there:
 * who registered, assessed, graded, reviewed, decided, filed, handled or supervised it.
 */
public enum RecordRole {
    /** 立项, or listed a case for assessment. */
    REGISTERED("立项登记"),
    /** Drafted the plan, collected opinions, analysed, compiled the report: the assessment itself. */
    ASSESSED("评估"),
    /** Graded the risk. */
    GRADED("定级"),
    /** Reviewed the report as an expert. */
    REVIEWED("评审"),
    /** Made the decision (决策) or the ruling (裁决). */
    DECIDED("决策或裁决"),
    /** Recorded a filing (报备). */
    FILED("报备"),
    /** Carried the record on: measures, tracking, incidents, closure (承办, 化解). */
    HANDLED("承办化解"),
    /** Led or oversaw it as the leader in charge or the head of the organ (分管领导, 主要领导). */
    SUPERVISED("督办");

    private final String label;

    RecordRole(String label) {
        this.label = label;
    }

    /** The zh-CN name shown to users. */
    public String label() {
        return label;
    }
}
