package org.wenping.ops.replay;

import org.axonframework.config.Configurer;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.lifecycle.Phase;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The offline rebuild resets the tokens before the processors start, in the phase just before theirs, so
 * nothing is stopped and restarted. Stopping a tracking processor while its worker launcher is still handing
 * out the last segment leaks the launcher's thread permit (Axon 4.13 logs "freeing segment since segment
 * worker will not be started"); started again, that processor never claims a segment and the rebuild waits
 * at 0 % for ever.
 */
@Component
@ConditionalOnProperty(RebuildCommand.PROPERTY)
class RebuildBeforeStart implements ConfigurerModule {
    private final ObjectProvider<ProjectionRebuilds> rebuilds;
    private final ObjectProvider<RebuildCommand> command;

    RebuildBeforeStart(ObjectProvider<ProjectionRebuilds> rebuilds, ObjectProvider<RebuildCommand> command) {
        this.rebuilds = rebuilds;
        this.command = command;
    }

    @Override
    public void configureModule(Configurer configurer) {
        configurer.onStart(Phase.INBOUND_EVENT_CONNECTORS - 1, () -> {
            ProjectionRebuilds projections = rebuilds.getObject();
            command.getObject().targets().forEach(projections::resetBeforeStart);
        });
    }
}
