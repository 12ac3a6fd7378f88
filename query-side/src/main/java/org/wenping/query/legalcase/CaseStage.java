package org.wenping.query.legalcase;

/** Where a case stands in its risk assessment, as the status view shows it; each procedural stage starts over. */
public enum CaseStage {
    LISTED("已列入评估"),
    ASSESSING("评估中"),
    GRADED("已定级"),
    RESOLVED("风险已化解"),
    RULED("已裁决"),
    CLOSED("已结案");

    private final String label;

    CaseStage(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
