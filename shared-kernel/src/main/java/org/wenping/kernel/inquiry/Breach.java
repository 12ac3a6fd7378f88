package org.wenping.kernel.inquiry;

/**
 * The breaches a finding names, as seeds 002 and 004 name them. 迟报, 瞒报 and 漏报 stay three: a late filing, a
 * concealed one and a missing one are different acts, told apart by the monthly reports and the accountability
 * timeline too, and 瞒报 is deliberate where the other two may not be.
 */
public enum Breach {
    /** 应评估而未评估: a decision or ruling without the assessment it needed. */
    NOT_ASSESSED("应评不评"),
    /** The assessment was made but the decision went against it. */
    ASSESSMENT_IGNORED("评而不用"),
    /** The steps were recorded but not really done (走过场). */
    FORMALISM("形式主义"),
    /** Something on record is false (造成评估失实). */
    FALSIFICATION("弄虚作假"),
    /** Something that had to be on record was kept from it. */
    CONCEALMENT("隐瞒情况"),
    /** The measures to prevent and defuse the risk were not carried out, or not fully. */
    MITIGATION_NOT_CARRIED_OUT("防范化解不落实"),
    /** A filing or report made after its deadline. */
    LATE_REPORT("迟报"),
    /** A filing or report deliberately withheld or made untrue. */
    CONCEALED_REPORT("瞒报"),
    /** A filing or report never made. */
    MISSED_REPORT("漏报");

    private final String label;

    Breach(String label) {
        this.label = label;
    }

    /** The zh-CN name shown to users. */
    public String label() {
        return label;
    }
}
