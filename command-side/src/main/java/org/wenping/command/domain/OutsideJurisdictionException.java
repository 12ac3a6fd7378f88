package org.wenping.command.domain;

import org.wenping.kernel.actor.Actor;
import org.wenping.kernel.jurisdiction.JurisdictionCode;

/** R9: units act only inside their jurisdiction. */
public class OutsideJurisdictionException extends CommandRefusedException {
    public OutsideJurisdictionException(Actor actor, JurisdictionCode target) {
        super("R9_OUTSIDE_JURISDICTION", Kind.FORBIDDEN, "jurisdiction",
                "用户 " + actor.userId() + " 所属辖区 " + actor.jurisdiction() + " 不包含 " + target + ",无权办理");
    }
}
