package org.wenping.ops.axon;

import org.wenping.ops.store.JsonSerializers;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.commandhandling.gateway.IntervalRetryScheduler;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.NoCache;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.tokenstore.MongoTokenStore;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.context.annotation.Scope;
import org.wenping.kernel.json.KernelJson;
import org.wenping.command.domain.AuthorisedRecord;
import org.wenping.ops.mongo.MongoConnection;
import org.wenping.ops.integrity.SigningKeys;
import org.wenping.ops.store.AppendObserver;
import org.wenping.ops.store.MongoEventStorageEngine;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.Executors;

/** Axon on Wenping's own MongoDB storage engine; Axon's Mongo extension serves the token store. */
@Configuration(proxyBeanMethods = false)
class AxonConfiguration {
    /**
     * Loaded aggregates kept between commands, so that a command neither reads nor replays its record's events
     * again. By default only where this process is the store's one writer: on the embedded store, whose file admits
     * one process, on a port nobody was told ({@code wenping.embedded.port} 0). Where other instances append too (a
     * MongoDB, or the embedded server on a fixed port others connect to), a record cached here would be stale after
     * their command, and a rule checked on that state could refuse what is allowed (the stale append itself the
     * store refuses). {@code wenping.aggregate-cache.enabled=true|false} overrides; at most
     * {@code wenping.aggregate-cache.records} are kept. A command that fails takes its record out of the cache
     * (Axon's caching repository evicts on rollback). Each kind of record gets a cache of its own (a prototype,
     * asked for once per aggregate): Axon keys a cache by identifier alone, so with one cache a command naming an
     * expert's identifier as a matter's would find the expert instead of nothing (404).
     */
    @Bean(AuthorisedRecord.CACHE)
    @Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
    Cache aggregateCache(MongoConnection connection,
                         @Value("${wenping.aggregate-cache.enabled:#{null}}") Boolean enabled,
                         @Value("${wenping.aggregate-cache.records:20000}") long records) {
        boolean cached = enabled != null ? enabled : connection.soleWriter();
        return cached ? new BoundedAggregateCache(records) : NoCache.INSTANCE;
    }

    @Bean
    @Primary
    Serializer serializer() {
        return JsonSerializers.kernelJson();
    }

    @Bean
    @Qualifier("eventSerializer")
    Serializer eventSerializer() {
        return JsonSerializers.kernelJson();
    }

    @Bean
    @Qualifier("messageSerializer")
    Serializer messageSerializer() {
        return JsonSerializers.kernelJson();
    }

    /**
     * Every {@link EventUpcaster} bean, in {@code @Order}: the one chain aggregates, tracking processors and the
     * history endpoints read the store through.
     */
    @Bean(destroyMethod = "close")
    MongoEventStorageEngine eventStorageEngine(MongoConnection connection, SigningKeys keys,
                                               @Qualifier("eventSerializer") Serializer eventSerializer,
                                               ObjectProvider<EventUpcaster> upcasters,
                                               ObjectProvider<AppendObserver> observer) {
        // Aggregates keep their state in private fields without getters; records and value types still use
        // their creators, so only getters are switched off.
        ObjectMapper snapshotMapper = KernelJson.newObjectMapper()
                .setVisibility(PropertyAccessor.GETTER, JsonAutoDetect.Visibility.NONE)
                .setVisibility(PropertyAccessor.IS_GETTER, JsonAutoDetect.Visibility.NONE)
                .setVisibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY);
        return MongoEventStorageEngine.builder()
                .database(connection.database())
                .durability(connection.durability())
                .signer(keys.signer())
                .observer(observer.getIfAvailable(() -> AppendObserver.NONE))
                .eventSerializer(eventSerializer)
                .upcasterChain(new EventUpcasterChain(upcasters.orderedStream().toList()))
                .snapshotSerializer(JsonSerializers.jackson(snapshotMapper))
                .build();
    }

    @Bean(destroyMethod = "shutDown")
    EmbeddedEventStore eventStore(EventStorageEngine storageEngine) {
        return EmbeddedEventStore.builder()
                .storageEngine(storageEngine)
                .fetchDelay(100)
                .build();
    }

    @Bean
    TokenStore tokenStore(MongoConnection connection, Serializer serializer) {
        return MongoTokenStore.builder()
                .mongoTemplate(DefaultMongoTemplate.builder()
                        .mongoDatabase(connection.database())
                        .trackingTokensCollectionName("tracking_tokens")
                        .build())
                .serializer(serializer)
                .claimTimeout(Duration.ofSeconds(10))
                // Axon's default node id is the JVM's name, which two contexts in one JVM would share and so
                // both believe they own the same claim.
                .nodeId(ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID())
                .build();
    }

    @Bean
    SnapshotTriggerDefinition matterSnapshotTrigger(Snapshotter snapshotter,
                                                    @Value("${wenping.snapshots.every-events:50}") int everyEvents) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, everyEvents);
    }

    @Bean
    CorrelationDataProvider auditCorrelationDataProvider() {
        return new AuditCorrelationDataProvider();
    }

    /** Retries a command that lost an optimistic-concurrency race; a stale If-Match or a refusal is never retried. */
    @Bean
    CommandGateway commandGateway(CommandBus commandBus) {
        return DefaultCommandGateway.builder()
                .commandBus(commandBus)
                .retryScheduler(IntervalRetryScheduler.builder()
                        .retryExecutor(Executors.newScheduledThreadPool(1))
                        .retryInterval(20)
                        .maxRetryCount(8)
                        .nonTransientFailurePredicate(failure -> !(failure instanceof ConcurrencyException)
                                || failure instanceof ConflictingAggregateVersionException)
                        .build())
                .build();
    }
}
