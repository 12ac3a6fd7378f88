package org.wenping.query.lists;

import java.time.LocalDate;

/** A list item as judged on a day: {@code notAssessed} is the 应评未评 flag (R12), with its zh-CN label. */
record ItemReport(StoredItem item, boolean due, boolean notAssessed, String flag) {
    static ItemReport of(StoredItem item, LocalDate judgedOn) {
        boolean notAssessed = item.notAssessedBy(judgedOn);
        return new ItemReport(item, item.dueBy(judgedOn), notAssessed, notAssessed ? "应评未评" : null);
    }
}
