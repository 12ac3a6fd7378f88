package org.wenping.ops.health;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.health.Status;

import java.io.UncheckedIOException;
import java.net.InetSocketAddress;

import static org.assertj.core.api.Assertions.assertThat;

/** The store component writes and makes durable: an unwritable or closed store is DOWN. */
class StoreWriteProbeTest {
    private MongoServer server;
    private MongoClient client;

    @BeforeEach
    void start() {
        server = new MongoServer(new MemoryBackend());
        InetSocketAddress address = server.bind();
        client = MongoClients.create("mongodb://127.0.0.1:" + address.getPort());
        client.getDatabase("wenping").runCommand(new Document("ping", 1));
    }

    @AfterEach
    void stop() {
        client.close();
        server.shutdownNow();
    }

    @Test
    void aStoreThatTakesTheProbeAndMakesItDurableIsUp() {
        StoreWriteProbe probe = new StoreWriteProbe(client.getDatabase("wenping"), () -> { });
        assertThat(probe.health().getStatus()).isEqualTo(Status.UP);
        assertThat(client.getDatabase("wenping").getCollection(StoreWriteProbe.COLLECTION).countDocuments()).isEqualTo(1);
    }

    @Test
    void aStoreWhoseFileCannotBeWrittenIsDown() {
        StoreWriteProbe probe = new StoreWriteProbe(client.getDatabase("wenping"), () -> {
            throw new UncheckedIOException(new java.io.IOException("Read-only file system"));
        });
        assertThat(probe.health().getStatus()).isEqualTo(Status.DOWN);
        assertThat(probe.health().getDetails().get("reason").toString()).contains("无法写入");
    }

    @Test
    void aStoreClosedAtRunTimeIsDownWithinTheProbesTimeout() {
        StoreWriteProbe probe = new StoreWriteProbe(client.getDatabase("wenping"), () -> { });
        server.shutdownNow();
        long start = System.nanoTime();
        assertThat(probe.health().getStatus()).isEqualTo(Status.DOWN);
        assertThat((System.nanoTime() - start) / 1e9).isLessThan(15);
    }
}
