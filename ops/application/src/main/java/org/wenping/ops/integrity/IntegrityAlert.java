package org.wenping.ops.integrity;

import org.wenping.ops.verify.Breach;
import org.wenping.query.live.LiveEvent;

/**
 * The live stream's {@code integrity} event: verification found the store tampered with. It names the first
 * breach by position and kind only, since every dashboard hears it whatever its jurisdiction.
 */
record IntegrityAlert(int breaches, long firstPosition, String firstKind, String message) implements LiveEvent {

    static IntegrityAlert of(int breaches, Breach first) {
        return new IntegrityAlert(breaches, first.position(), first.kind().name(),
                "完整性校验发现 " + breaches + " 处破坏,首处在第 " + first.position() + " 位(" + first.kind() + ")");
    }

    @Override
    public String eventName() {
        return "integrity";
    }
}
