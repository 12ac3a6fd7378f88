package org.wenping.kernel.actor;

/** How far a role's permission for an action reaches: the cells of the permission table ({@link Permissions}). */
public enum Scope {
    /** Records inside the actor's jurisdiction (R9: units act only inside their jurisdiction). */
    JURISDICTION("本辖区"),
    /** Inside the jurisdiction, only events that the actor's own role recorded (R10). */
    RECORDED_BY_OWN_ROLE("本辖区内本角色录入的"),
    /** The system itself, not a record of any jurisdiction. */
    SYSTEM("全系统");

    private final String label;

    Scope(String label) {
        this.label = label;
    }

    /** The zh-CN name shown to users. */
    public String label() {
        return label;
    }
}
