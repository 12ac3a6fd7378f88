package org.wenping.command.registry;

import org.wenping.kernel.registry.ExpertId;

import java.util.Optional;

/** What the 专家库 knows of an expert, as R5 (回避) needs it when a review panel is named. */
@FunctionalInterface
public interface ExpertPool {
    /** The expert as now recorded, or empty when no expert of that id was ever registered. */
    Optional<PooledExpert> findExpert(ExpertId id);
}
