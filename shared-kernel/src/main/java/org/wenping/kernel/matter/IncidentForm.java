package org.wenping.kernel.matter;

/** The form an unstable situation takes, foreseen as a risk factor or reported as an incident (seed 004 篇3). */
public enum IncidentForm {
    COLLECTIVE_PETITION("集体上访"),
    BYPASS_PETITION("越级上访"),
    MASS_INCIDENT("群体性事件"),
    EXTREME_INDIVIDUAL_ACT("个人极端事件"),
    ONLINE_OPINION("网络舆情"),
    OTHER("其他");

    private final String label;

    IncidentForm(String label) {
        this.label = label;
    }

    /** The zh-CN name shown to users. */
    public String label() {
        return label;
    }
}
