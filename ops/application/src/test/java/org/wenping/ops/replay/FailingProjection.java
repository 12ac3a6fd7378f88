package org.wenping.ops.replay;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.wenping.kernel.matter.MatterRegisteredEvent;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** A projection that fails on matters whose title holds 故障, while {@link #failing} is set. */
@ProcessingGroup(FailingProjection.GROUP)
class FailingProjection {
    static final String GROUP = "failing-probe";

    volatile boolean failing = true;
    final Set<String> handled = ConcurrentHashMap.newKeySet();

    @EventHandler
    void on(MatterRegisteredEvent event) {
        if (failing && event.title().contains("故障")) {
            throw new IllegalStateException("模拟的投影故障");
        }
        handled.add(event.title());
    }

    @ResetHandler
    void reset() {
        handled.clear();
    }
}
