package org.wenping.ops.integrity;

import com.mongodb.client.MongoDatabase;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.wenping.ops.mongo.StoreProperties;
import org.wenping.ops.store.EventStoreCollections;
import org.wenping.ops.store.MongoEventStorageEngine;
import org.wenping.ops.verify.StoreVerifier;
import org.wenping.query.live.WatchMattersQuery;

import java.time.Clock;

/** Wires the signing key, the checkpoint log, the verifier and the monitor. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class IntegrityConfiguration {

    @Bean
    SigningKeys signingKeys(IntegrityProperties properties, StoreProperties store) {
        return SigningKeys.load(properties, store.dataDir());
    }

    @Bean
    PublishedCheckpoints publishedCheckpoints(MongoDatabase database, IntegrityProperties properties, StoreProperties store) {
        return new PublishedCheckpoints(database, properties.checkpointDirectory(store.dataDir()));
    }

    @Bean
    StoreVerifier storeVerifier(MongoDatabase database, SigningKeys keys) {
        return new StoreVerifier(EventStoreCollections.in(database), keys.trusted());
    }

    @Bean
    CheckpointLog checkpointLog(MongoEventStorageEngine store, SigningKeys keys, PublishedCheckpoints published,
                                IntegrityProperties properties) {
        return new CheckpointLog(store, keys, published, properties, Clock.systemUTC());
    }

    @Bean
    RecordEvidenceReader recordEvidenceReader(MongoEventStorageEngine store, CheckpointLog log, SigningKeys keys,
                                              IntegrityProperties properties) {
        return new RecordEvidenceReader(store, log, keys, properties.witnessDirs());
    }

    @Bean
    IntegrityMonitor integrityHealthIndicator(StoreVerifier verifier, SigningKeys keys, PublishedCheckpoints published,
                                              CheckpointLog checkpoints, IntegrityProperties properties,
                                              MeterRegistry meters, QueryUpdateEmitter updates) {
        return new IntegrityMonitor(verifier, keys, published, checkpoints, properties.fullVerifyEvery(), meters,
                alert -> updates.emit(WatchMattersQuery.class, everyDashboard -> true, alert));
    }
}
