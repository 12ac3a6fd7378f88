package org.wenping.kernel.matter;

/**
 * How a third-party assessment agency was selected. Seed 002 names the lawful methods (公开招标, 邀请招标,
 * 竞争性谈判, 集中询价); the others are recorded as what they are so that R4 can refuse them by name.
 */
public enum SelectionMethod {
    OPEN_TENDER("公开招标", true),
    INVITED_TENDER("邀请招标", true),
    COMPETITIVE_NEGOTIATION("竞争性谈判", true),
    CENTRALISED_INQUIRY("集中询价", true),
    /** 直接指定: not a lawful way to commission an assessment agency (R4). */
    DIRECT_APPOINTMENT("直接指定", false);

    private final String label;
    private final boolean lawful;

    SelectionMethod(String label, boolean lawful) {
        this.label = label;
        this.lawful = lawful;
    }

    public String label() {
        return label;
    }

    /** Whether seed 002 allows commissioning an agency this way (R4). */
    public boolean isLawful() {
        return lawful;
    }
}
