package org.wenping.ops.health;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import org.bson.Document;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;
import org.wenping.ops.mongo.MongoConnection;
import org.wenping.ops.store.StoreDurability;

import java.time.Instant;
import java.util.concurrent.TimeUnit;

/**
 * The {@code store} component: writes one probe document and makes it durable, as a commit would be; a store
 * that cannot take a write (an unwritable file, a closed server) is DOWN, not merely reachable.
 */
@Component("store")
class StoreWriteProbe implements HealthIndicator {
    static final String COLLECTION = "health_probe";
    private static final long TIMEOUT_MILLIS = 5_000;

    private final MongoDatabase database;
    private final StoreDurability durability;

    @Autowired
    StoreWriteProbe(MongoConnection connection) {
        this(connection.database(), connection.durability());
    }

    StoreWriteProbe(MongoDatabase database, StoreDurability durability) {
        this.database = database;
        this.durability = durability;
    }

    @Override
    public Health health() {
        long start = System.nanoTime();
        try {
            database.withTimeout(TIMEOUT_MILLIS, TimeUnit.MILLISECONDS).getCollection(COLLECTION)
                    .replaceOne(Filters.eq("_id", "probe"), new Document("_id", "probe").append("at", Instant.now().toString()),
                            new ReplaceOptions().upsert(true));
            durability.makeDurable();
            return Health.up().withDetail("writeMillis", (System.nanoTime() - start) / 1_000_000).build();
        } catch (RuntimeException e) {
            return Health.down().withDetail("reason", "事件存储无法写入:" + e.getClass().getSimpleName()).build();
        }
    }
}
