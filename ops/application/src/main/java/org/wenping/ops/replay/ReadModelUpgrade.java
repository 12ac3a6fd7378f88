package org.wenping.ops.replay;

import org.axonframework.config.Configurer;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.lifecycle.Phase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.wenping.query.readmodel.ReadModels;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A read model an older release built, with other collections than this release's (a tally or a group added, as
 * {@code matter_figures}), is rebuilt online once the application is up, so that no figure reads from a collection
 * the old build never filled; readers keep the old slot until the rebuild swaps. Checked before the processors
 * start: a projection that has never run, or that this start rebuilds offline, is built by this release anyway and
 * only has its collections recorded.
 */
@Component
class ReadModelUpgrade implements ConfigurerModule {
    /** Another instance rebuilds: this one only says which read models are outdated. */
    static final String REBUILD_OUTDATED = "wenping.read-models.rebuild-outdated";
    private static final Logger log = LoggerFactory.getLogger(ReadModelUpgrade.class);

    private final ObjectProvider<ProjectionRebuilds> rebuilds;
    private final ObjectProvider<ReadModels> readModels;
    private final ObjectProvider<TokenStore> tokens;
    private final ObjectProvider<RebuildCommand> command;
    private final boolean rebuildOutdated;
    private final List<String> outdated = new CopyOnWriteArrayList<>();

    ReadModelUpgrade(ObjectProvider<ProjectionRebuilds> rebuilds, ObjectProvider<ReadModels> readModels,
                     ObjectProvider<TokenStore> tokens, ObjectProvider<RebuildCommand> command,
                     @Value("${" + REBUILD_OUTDATED + ":true}") boolean rebuildOutdated) {
        this.rebuilds = rebuilds;
        this.readModels = readModels;
        this.tokens = tokens;
        this.command = command;
        this.rebuildOutdated = rebuildOutdated;
    }

    @Override
    public void configureModule(Configurer configurer) {
        configurer.onStart(Phase.INBOUND_EVENT_CONNECTORS - 1, this::check);
    }

    private void check() {
        ReadModels models = readModels.getObject();
        RebuildCommand offline = command.getObject();
        for (String projection : rebuilds.getObject().projections()) {
            if (!models.builtWithOtherCollections(projection)) continue;
            if (tokens.getObject().fetchSegments(projection).length == 0 || offline.rebuildsOffline(projection)) {
                models.recordCollections(projection);
            } else {
                outdated.add(projection);
            }
        }
    }

    @EventListener(ApplicationReadyEvent.class)
    void rebuildOutdated() {
        if (outdated.isEmpty()) return;
        if (!rebuildOutdated) {
            log.warn("读模型 {} 由旧版本建立,集合与本版本不同;{}=false,本实例不重建", outdated, REBUILD_OUTDATED);
            return;
        }
        log.warn("读模型 {} 由旧版本建立,集合与本版本不同:正在后台重建,完成前仍读旧数据", outdated);
        ProjectionRebuilds projections = rebuilds.getObject();
        CompletableFuture.runAsync(() -> outdated.forEach(projections::rebuild));
    }
}
