package org.wenping.query.legalcase;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.wenping.kernel.actor.Role;

/**
 * One 涉案人员 as every read model shows them: a reference to their sealed data, never the data (PIPL Art. 28).
 * Reading the data is the personal-data endpoint's, which records each read.
 *
 * @param status     SEALED, ERASED (key destroyed, reads back 「已删除」) or RESTRICTED (storage only)
 * @param readableBy the one role that may still read restricted data; null otherwise
 */
record SealedPerson(String keyId, String status, String readableBy) {
    static SealedPerson sealed(String keyId) {
        return new SealedPerson(keyId, "SEALED", null);
    }

    SealedPerson erased() {
        return new SealedPerson(keyId, "ERASED", null);
    }

    SealedPerson restrictedTo(Role role) {
        return new SealedPerson(keyId, "RESTRICTED", role.name());
    }

    /** The status's zh-CN name, answered beside it. */
    @JsonProperty("statusLabel")
    public String statusLabel() {
        return switch (status) {
            case "ERASED" -> "已删除";
            case "RESTRICTED" -> "限制处理";
            default -> "已加密封存";
        };
    }

    /** The zh-CN name of the role that may still read restricted data; null otherwise. */
    @JsonProperty("readableByLabel")
    public String readableByLabel() {
        return readableBy == null ? null : Role.valueOf(readableBy).label();
    }
}
