package org.wenping.ops.bench;

import com.mongodb.client.MongoDatabase;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.MongoEventStorageEngine;
import org.axonframework.serialization.Serializer;

/**
 * The peer: Axon's own {@code MongoEventStorageEngine} from axon-mongo, as its documentation configures it (one
 * document per event, its indexes ensured), in its own database on the same server, with the same serializer.
 * It neither chains, signs nor makes an append durable before acknowledging it.
 */
final class AxonMongoPeer {
    private AxonMongoPeer() {
    }

    static MongoEventStorageEngine engine(MongoDatabase database, Serializer serializer) {
        MongoEventStorageEngine engine = MongoEventStorageEngine.builder()
                .mongoTemplate(DefaultMongoTemplate.builder().mongoDatabase(database).build())
                .eventSerializer(serializer)
                .snapshotSerializer(serializer)
                .build();
        engine.ensureIndexes();
        return engine;
    }
}
