package org.wenping.ops.dossier;

import java.util.List;
import java.util.Optional;

/**
 * 安全性: whether the reads of a record are audited and none was unauthorised; the access log implements it. An
 * implementation that cannot check answers an empty Optional and the item is reported 未检测 with the reason,
 * never passed.
 */
public interface ReadAudit {

    /** Problems found in the record's read log (empty: every read audited and authorised); empty Optional: not checked. */
    Optional<List<String>> problems(String recordId);

    /** Why the item could not be checked, when {@link #problems} is empty. */
    String notCheckedReason();
}
