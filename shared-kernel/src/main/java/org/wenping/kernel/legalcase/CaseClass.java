package org.wenping.kernel.legalcase;

/** The four classes of case that need 办案风险评估 (seed 004 篇4, 三、评估范围). */
public enum CaseClass {
    /** 重大、疑难、复杂的刑事、民商事、行政和治安案件: never ruled on unassessed, assessed from acceptance (R8). */
    MAJOR_DIFFICULT_COMPLEX("重大疑难复杂"),
    /** 查封、扣押、冻结等可能影响公民人身权利和财产权益的案件. */
    SEIZURE_AND_FREEZE("查封扣押冻结"),
    /** 群众关注、具有社会敏感性的案件. */
    PUBLIC_CONCERN("群众关注/社会敏感"),
    /** 政法干警违法违纪、造成重大影响的案件. */
    OFFICER_MISCONDUCT("干警违法违纪");

    private final String label;

    CaseClass(String label) {
        this.label = label;
    }

    /** The zh-CN name shown to users. */
    public String label() {
        return label;
    }

    /** Whether a case of the class is under assessment from its acceptance on (自受理之初就要先期评估, R8). */
    public boolean assessedFromAcceptance() {
        return this == MAJOR_DIFFICULT_COMPLEX;
    }
}
