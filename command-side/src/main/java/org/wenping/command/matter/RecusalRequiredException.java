package org.wenping.command.matter;

import org.wenping.command.domain.CommandRefusedException;

import java.util.List;

/**
 * R5 回避: an expert tied to the responsible unit or to the commissioned agency, or with a declared interest
 * in the matter, cannot sit on its review panel (seed 002). The message names each conflicted expert and why.
 */
class RecusalRequiredException extends CommandRefusedException {
    RecusalRequiredException(List<Recusal.Conflict> conflicts) {
        super("R5_EXPERT_CONFLICT", Kind.UNPROCESSABLE, "panel", "评审专家须回避:" + String.join(";",
                conflicts.stream().map(Recusal.Conflict::describe).toList()));
    }
}
