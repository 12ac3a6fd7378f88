package org.wenping.query.dossier;

/** Where the matter stood, as far as its dossier shows. */
public enum DossierStage {
    REGISTERED("已立项"),
    ASSESSING("评估中"),
    GRADED("已定级"),
    REPORTED("报告已编制"),
    REVIEWED("已评审"),
    FILED_FOR_REVIEW("已审查报备"),
    TRACKING("已决策,跟踪中"),
    REASSESSING("重新评估中"),
    CLOSED("已结项");

    private final String label;

    DossierStage(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    CodeLabel coded() {
        return new CodeLabel(name(), label);
    }
}
