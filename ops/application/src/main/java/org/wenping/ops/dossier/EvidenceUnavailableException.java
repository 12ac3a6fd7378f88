package org.wenping.ops.dossier;

import org.wenping.kernel.refusal.Refusal;

/**
 * 409 {@code DOSSIER_NOT_CHECKPOINTED}: no signed checkpoint covers the record's events, because the checkpoint
 * log refuses to sign over a store that no longer matches its last checkpoint.
 */
class EvidenceUnavailableException extends Refusal {
    EvidenceUnavailableException(String recordId) {
        super("DOSSIER_NOT_CHECKPOINTED", Kind.CONFLICT, "id",
                "记录 " + recordId + " 的事件没有已签名的检查点可以证明(存储与最近的检查点不符,检查点日志已停止签发)");
    }
}
