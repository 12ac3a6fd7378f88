package org.wenping.query.lists;

import java.time.LocalDate;

/** Where a filing owed by a deadline stands on a given day (迟报 / 漏报, seeds 002 and 004 篇3). */
public enum FilingStatus {
    NOT_DUE("未到期"),
    ON_TIME("按时报送"),
    LATE("迟报"),
    MISSING("漏报");

    private final String label;

    FilingStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** A filing received on {@code filedOn} (or not yet, null), due by {@code deadline}, as judged on {@code judgedOn}. */
    public static FilingStatus of(LocalDate filedOn, LocalDate deadline, LocalDate judgedOn) {
        if (filedOn != null) return filedOn.isAfter(deadline) ? LATE : ON_TIME;
        return judgedOn.isAfter(deadline) ? MISSING : NOT_DUE;
    }
}
