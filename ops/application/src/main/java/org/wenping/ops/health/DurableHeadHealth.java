package org.wenping.ops.health;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;
import org.wenping.ops.store.MongoEventStorageEngine;

/** The {@code durableHead} component: the last durable position, DOWN once the one writer takes no more commits. */
@Component("durableHead")
class DurableHeadHealth implements HealthIndicator {
    private final MongoEventStorageEngine store;

    DurableHeadHealth(MongoEventStorageEngine store) {
        this.store = store;
    }

    @Override
    public Health health() {
        Health.Builder health = store.accepting() ? Health.up() : Health.down().withDetail("reason", "写入线程已停止");
        return health.withDetail("position", store.durablePosition()).build();
    }
}
