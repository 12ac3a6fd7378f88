package org.wenping.ops.replay;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.wenping.ops.mongo.MongoConnection;
import org.wenping.query.readmodel.ReadModels;

/**
 * Takes up, within a second, the read-model slots another application instance moved its readers to after an
 * online rebuild. Only a real MongoDB has other instances: the embedded store's data directory admits one process.
 */
@Component
class ReadModelSlotsRefresh {
    private final ReadModels readModels;
    private final boolean shared;

    ReadModelSlotsRefresh(ReadModels readModels, MongoConnection connection) {
        this.readModels = readModels;
        this.shared = !connection.isEmbedded();
    }

    @Scheduled(fixedDelayString = "PT1S")
    void refresh() {
        if (shared) readModels.refresh();
    }
}
