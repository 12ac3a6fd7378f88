package org.wenping.ops.accesslog;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.eventhandling.GenericEventMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.wenping.kernel.actor.Actor;
import org.wenping.kernel.json.KernelJson;
import org.wenping.ops.integrity.CheckpointLog;
import org.wenping.ops.integrity.PublishedCheckpoints;
import org.wenping.ops.integrity.SigningKeys;
import org.wenping.ops.store.EventStoreCollections;
import org.wenping.ops.store.MongoEventStorageEngine;
import org.wenping.ops.verify.StoreVerifier;
import org.wenping.ops.verify.VerifyReport;

import java.time.Clock;
import java.util.List;

/**
 * The access log: each audited read is one event in a log of its own, appended by the event store's engine on the
 * {@code access_log_*} collections, so that it is chained, signed by the application's key and checkpointed (origin
 * {@code <origin>/access-log}) exactly like the events, and verified by the same verifier. An entry is durable
 * before the read it records is answered. Nothing in the application deletes or updates an entry (网络安全法 Art. 21
 * asks for at least six months); see docs/integrity.md for archiving.
 */
final class AccessLog implements AutoCloseable {
    static final String PREFIX = "access_log";
    private static final Logger log = LoggerFactory.getLogger(AccessLog.class);

    private final MongoEventStorageEngine engine;
    private final EventStoreCollections collections;
    private final CheckpointLog checkpoints;
    private final PublishedCheckpoints published;
    private final SigningKeys keys;
    private final Clock clock;
    private final ObjectMapper json = KernelJson.newObjectMapper();

    AccessLog(MongoEventStorageEngine engine, EventStoreCollections collections, CheckpointLog checkpoints,
              PublishedCheckpoints published, SigningKeys keys, Clock clock) {
        this.engine = engine;
        this.collections = collections;
        this.checkpoints = checkpoints;
        this.published = published;
        this.keys = keys;
        this.clock = clock;
    }

    AccessLogEntry entry(Actor reader, AccessKind kind, String recordId, String path, String clientAddress, int status) {
        return new AccessLogEntry(reader.userId(), reader.displayName(), reader.role().name(), reader.unit(),
                reader.jurisdiction().value(), kind, recordId, path, clientAddress, status, clock.instant());
    }

    void append(AccessLogEntry entry) {
        engine.appendEvents(List.of(GenericEventMessage.asEventMessage(entry)));
    }

    /** The entries matching {@code query}, newest first. */
    List<AccessLogLine> find(AccessLogQuery query) {
        return AccessLogLine.from(collections.commits().find(query.filter()).sort(AccessLogQuery.NEWEST_FIRST)
                .skip(query.page() * query.size()).limit(query.size()), json);
    }

    /** The access log's chain, signatures and tail checked against its latest trusted checkpoint. */
    VerifyReport verify() {
        return new StoreVerifier(collections, keys.trusted())
                .verify(published.trusted(keys.trusted()).orElse(null), checked -> { });
    }

    @Scheduled(initialDelayString = "PT5S", fixedDelayString = "PT5S")
    void checkpoint() {
        try {
            checkpoints.tick();
        } catch (RuntimeException e) {
            log.error("访问日志检查点签发失败", e);
        }
    }

    @Override
    public void close() {
        engine.close();
    }
}
