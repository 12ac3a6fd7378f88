package org.wenping.ops.mongo;

import org.bson.BsonBoolean;
import org.bson.BsonDocument;
import org.bson.BsonInt32;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** On a real MongoDB, one WARN line at start-up when the application's user can change the event log. */
@Component
class EventLogWriteAccessWarning {
    private static final Logger log = LoggerFactory.getLogger(EventLogWriteAccessWarning.class);

    private final MongoConnection connection;

    EventLogWriteAccessWarning(MongoConnection connection) {
        this.connection = connection;
    }

    @EventListener(ApplicationReadyEvent.class)
    void check() {
        if (connection.isEmbedded()) return;
        try {
            BsonDocument status = connection.database().runCommand(new BsonDocument("connectionStatus", new BsonInt32(1))
                    .append("showPrivileges", BsonBoolean.TRUE), BsonDocument.class);
            String warning = EventLogWriteAccess.warning(status, connection.database().getName());
            if (warning != null) log.warn(warning);
        } catch (RuntimeException e) {
            log.warn("无法读取数据库用户的权限(connectionStatus):{};请确认用户由 {} 创建的角色连接", e.getMessage(),
                    EventLogWriteAccess.ROLE_SCRIPT);
        }
    }
}
