package org.wenping.query.batch;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/** Read-through, write-behind per batch, and the order in which a batch writes its collections. */
class BatchedWritesTest {
    MongoServer server;
    MongoClient client;
    MongoDatabase database;
    final List<String> updatedCollections = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() {
        server = new MongoServer(new MemoryBackend());
        CommandListener updates = new CommandListener() {
            @Override
            public void commandStarted(CommandStartedEvent event) {
                if (event.getCommandName().equals("update")) updatedCollections.add(event.getCommand().getString("update").getValue());
            }
        };
        client = MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(server.bindAndGetConnectionString()))
                .addCommandListener(updates).build());
        database = client.getDatabase("test");
    }

    @AfterEach
    void stop() {
        client.close();
        server.shutdownNow();
    }

    @Test
    void aBatchReadsItsOwnWritesAndWritesOnceAtTheEnd() {
        var views = database.getCollection("views");
        DefaultUnitOfWork.startAndGet(null).execute(() -> {
            BatchedWrites.replace(views, "a", new Document("_id", "a").append("n", 1));
            BatchedWrites.replace(views, "a", new Document("_id", "a").append("n", 2));
            assertThat(BatchedWrites.find(views, "a")).hasValueSatisfying(d -> assertThat(d.getInteger("n")).isEqualTo(2));
            assertThat(views.countDocuments()).isZero();
        });
        assertThat(views.find().first().getInteger("n")).isEqualTo(2);
        assertThat(updatedCollections).containsExactly("views");
    }

    @Test
    void writesTheCollectionsInTheDeclaredOrderWhateverWasWrittenFirst() {
        var first = database.getCollection("first");
        var second = database.getCollection("second");
        DefaultUnitOfWork.startAndGet(null).execute(() -> {
            BatchedWrites.writeInOrder(first, second);
            BatchedWrites.replace(second, "b", new Document("_id", "b"));
            BatchedWrites.replace(first, "a", new Document("_id", "a"));
        });
        assertThat(updatedCollections).containsExactly("first", "second");
    }

    @Test
    void outsideAUnitOfWorkWritesGoStraightToTheCollection() {
        var views = database.getCollection("views");
        BatchedWrites.writeInOrder(views);
        BatchedWrites.replace(views, "a", new Document("_id", "a"));
        assertThat(views.countDocuments()).isEqualTo(1);
    }
}
