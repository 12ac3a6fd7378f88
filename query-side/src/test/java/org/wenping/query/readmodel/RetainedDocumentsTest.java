package org.wenping.query.readmodel;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.wenping.query.batch.BatchedWrites;
import org.wenping.query.batch.FlushBeforeToken;
import org.wenping.query.batch.RetainedDocuments;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Documents a projection's batches keep between them: found without a read, forgotten on a reset or a failed write. */
class RetainedDocumentsTest {
    private static final String PROJECTION = "matter-status";
    private final AtomicInteger finds = new AtomicInteger();
    private final MongoServer server = new MongoServer(new MemoryBackend());
    private final MongoClient client = MongoClients.create(MongoClientSettings.builder()
            .applyConnectionString(new ConnectionString(server.bindAndGetConnectionString()))
            .addCommandListener(new CommandListener() {
                @Override
                public void commandStarted(CommandStartedEvent event) {
                    if (event.getCommandName().equals("find")) finds.incrementAndGet();
                }
            }).build());
    private final MongoDatabase database = client.getDatabase("test");
    private RetainedDocuments retained = new RetainedDocuments(100);
    private ReadModel model = new ReadModels(database, retained).of(PROJECTION, "views");

    @AfterEach
    void stop() {
        client.close();
        server.shutdownNow();
    }

    @Test
    void aBatchFindsWhatTheBatchBeforeWroteWithoutAskingTheStore() {
        inBatch(() -> write("a", 1));
        finds.set(0);
        assertThat(inBatch(() -> read("a"))).hasValueSatisfying(d -> assertThat(d.getInteger("n")).isEqualTo(1));
        assertThat(finds).hasValue(0);
    }

    @Test
    void aDocumentFoundMissingStaysMissingUntilWritten() {
        finds.set(0);
        assertThat(inBatch(() -> read("a"))).isEmpty();
        assertThat(inBatch(() -> read("a"))).isEmpty();
        inBatch(() -> write("a", 2));
        assertThat(inBatch(() -> read("a"))).hasValueSatisfying(d -> assertThat(d.getInteger("n")).isEqualTo(2));
        assertThat(finds).hasValue(1);
    }

    @Test
    void aResetForgetsWhatWasKept() {
        inBatch(() -> write("a", 1));
        model.reset();
        finds.set(0);
        assertThat(inBatch(() -> read("a"))).isEmpty();
        assertThat(finds).hasValue(1);
    }

    @Test
    void aBulkWriteCutShortIsReadFromTheStoreAgain() {
        model.collection("views").createIndex(Indexes.ascending("code"), new IndexOptions().unique(true));
        model.collection("views").insertOne(new Document("_id", "taken").append("code", 7));
        inBatch(() -> write("a", 1));
        assertThatThrownBy(() -> inBatch(() -> {
            write("a", 2);
            return write("b", 7);
        })).hasMessageContaining("duplicate key");
        finds.set(0);
        assertThat(inBatch(() -> read("a"))).hasValueSatisfying(d -> assertThat(d.getInteger("n")).isEqualTo(2));
        assertThat(finds).hasValue(1);
    }

    @Test
    void withoutRetentionEveryBatchAsksTheStore() {
        retained = RetainedDocuments.NONE;
        model = new ReadModels(database, retained).of(PROJECTION, "views");
        inBatch(() -> write("a", 1));
        finds.set(0);
        assertThat(inBatch(() -> read("a"))).isPresent();
        assertThat(finds).hasValue(1);
    }

    private Object write(String id, int n) {
        BatchedWrites.replace(model.collection("views"), id, new Document("_id", id).append("n", n).append("code", n));
        return null;
    }

    private Optional<Document> read(String id) {
        return BatchedWrites.find(model.collection("views"), id);
    }

    /** One batch of one event, handled as a projection's processor handles it. */
    private <T> T inBatch(Supplier<T> handling) {
        AtomicReference<T> result = new AtomicReference<>();
        DefaultUnitOfWork<EventMessage<?>> unitOfWork = DefaultUnitOfWork.startAndGet(GenericEventMessage.asEventMessage("event"));
        unitOfWork.execute(() -> {
            try {
                new FlushBeforeToken(retained).handle(unitOfWork, () -> new ProjectionWriting(PROJECTION).handle(unitOfWork, () -> {
                    result.set(handling.get());
                    return null;
                }));
            } catch (Exception e) {
                throw e instanceof RuntimeException runtime ? runtime : new IllegalStateException(e);
            }
        });
        return result.get();
    }
}
