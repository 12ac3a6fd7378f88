package org.wenping.command.matter;

import org.wenping.command.domain.CommandRefusedException;
import org.wenping.kernel.registry.ExpertId;

/** R5: a review panel is drawn from the 专家库 (seed 002); an expert not in the pool cannot sit on it. */
class ExpertNotInPoolException extends CommandRefusedException {
    ExpertNotInPoolException(ExpertId expert) {
        super("R5_EXPERT_NOT_IN_POOL", Kind.UNPROCESSABLE, "panel", "专家 " + expert + " 不在专家库中或已出库,不能参加评审");
    }
}
