package org.wenping.command.matter;

import org.wenping.command.domain.CommandRefusedException;
import org.wenping.command.registry.PooledExpert;

/** R5: a panel is drawn from the 专家库 of the matter's jurisdiction or above; a 兰州 pool does not review a 酒泉 matter. */
class ExpertOutsideJurisdictionException extends CommandRefusedException {
    ExpertOutsideJurisdictionException(PooledExpert expert) {
        super("R5_EXPERT_OUTSIDE_JURISDICTION", Kind.UNPROCESSABLE, "panel",
                "专家 " + expert.id() + " 属 " + expert.jurisdiction() + " 专家库,不服务本事项所在行政区划");
    }
}
