package org.wenping.ops.dossier;

import java.util.List;
import java.util.Optional;

/**
 * 安全性: whether the reads of a record are audited and none was unauthorised. The access log (audited reads,
 * issue 9 item 8) implements it; until it exists the item is reported 未检测 with the reason, never passed.
 */
interface ReadAudit {

    /** Problems found in the record's read log (empty: every read audited and authorised); empty Optional: not checked. */
    Optional<List<String>> problems(String recordId);

    /** Why the item could not be checked, when {@link #problems} is empty. */
    String notCheckedReason();
}
