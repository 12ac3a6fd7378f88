package org.wenping.ops.accesslog;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.wenping.ops.integrity.CheckpointLog;
import org.wenping.ops.integrity.PublishedCheckpoints;
import org.wenping.ops.integrity.SigningKeys;
import org.wenping.ops.mongo.MongoConnection;
import org.wenping.ops.mongo.StoreProperties;
import org.wenping.ops.store.EventStoreCollections;
import org.wenping.ops.store.JsonSerializers;
import org.wenping.ops.store.MongoEventStorageEngine;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

/**
 * The access log on its own instance of the event store's engine (collections {@code access_log_*}), signed with the
 * application's key; its checkpoints go to {@code access_log_checkpoints} and {@code <checkpoint-dir>/access-log}.
 * The engine is not a bean, so that the event store stays the only {@code EventStorageEngine} Axon sees.
 */
@Configuration(proxyBeanMethods = false)
class AccessLogConfiguration {

    @Bean(destroyMethod = "close")
    AccessLog accessLog(MongoConnection connection, SigningKeys keys, StoreProperties store,
                        @Value("${wenping.integrity.origin:wenping.local/log}") String origin,
                        @Value("${wenping.integrity.checkpoint-dir:}") String checkpointDir,
                        @Value("${wenping.integrity.checkpoint-every:1000}") long checkpointEvery,
                        @Value("${wenping.integrity.checkpoint-after:PT10M}") Duration checkpointAfter) {
        MongoEventStorageEngine engine = MongoEventStorageEngine.builder()
                .database(connection.database())
                .collectionPrefix(AccessLog.PREFIX)
                .durability(connection.durability())
                .signer(keys.signer())
                .eventSerializer(JsonSerializers.kernelJson())
                .snapshotSerializer(JsonSerializers.kernelJson())
                .build();
        EventStoreCollections collections = EventStoreCollections.named(connection.database(), AccessLog.PREFIX);
        if (!connection.isEmbedded()) AccessLogIndexes.declare(collections.commits());
        Path directory = (checkpointDir.isBlank() ? store.dataDir().resolve("checkpoints") : Path.of(checkpointDir))
                .resolve("access-log");
        var published = new PublishedCheckpoints(connection.database(), AccessLog.PREFIX + "_checkpoints", directory);
        var checkpoints = new CheckpointLog(engine, keys, published, origin + "/access-log", checkpointEvery,
                checkpointAfter, Clock.systemUTC());
        return new AccessLog(engine, collections, checkpoints, published, keys, Clock.systemUTC());
    }
}
