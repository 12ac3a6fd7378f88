package org.wenping.ops.mongo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Brings the embedded store back without a restart after H2 closed its file at run time (it does so after a
 * write it could not make: a full disk, a file made read-only). Meanwhile reads and writes answer 503 and
 * health is DOWN; once the file opens again, the clients reconnect by themselves and everything goes on.
 * On a real MongoDB the driver reconnects on its own and this does nothing.
 */
@Component
class EmbeddedStoreRecovery {
    private static final Logger log = LoggerFactory.getLogger(EmbeddedStoreRecovery.class);

    private final MongoConnection connection;
    private boolean reported;

    EmbeddedStoreRecovery(MongoConnection connection) {
        this.connection = connection;
    }

    @Scheduled(initialDelayString = "PT2S", fixedDelayString = "${wenping.embedded.reopen-every:PT2S}")
    void reopenIfClosed() {
        if (!connection.isEmbedded() || !connection.embedded().fileClosed()) return;
        try {
            connection.embedded().reopenIfClosed();
            reported = false;
        } catch (RuntimeException e) {
            // One line while the file stays unopenable, not one every round.
            if (!reported) log.warn("嵌入式存储文件已关闭,暂时无法重新打开({}),将定时重试", e.getMessage());
            reported = true;
        }
    }
}
