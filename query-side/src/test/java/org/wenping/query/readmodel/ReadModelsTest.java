package org.wenping.query.readmodel;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

class ReadModelsTest {
    private static final String PROJECTION = "matter-status";
    private MongoServer server;
    private MongoClient client;
    private MongoDatabase database;
    private ReadModels readModels;
    private ReadModel model;

    @BeforeEach
    void start() {
        server = new MongoServer(new MemoryBackend());
        client = MongoClients.create("mongodb://" + server.bindAndGetConnectionString().replace("mongodb://", ""));
        database = client.getDatabase("test");
        readModels = new ReadModels(database);
        model = readModels.of(PROJECTION, "views", "lists");
        write("a");
    }

    @AfterEach
    void stop() {
        client.close();
        server.shutdownNow();
    }

    @Test
    void readersKeepTheLiveSlotWhileARebuildFillsTheOtherAndMoveToItAllAtOnce() {
        readModels.beginRebuild(PROJECTION);
        model.reset();
        assertThat(ids("views")).as("readers during the rebuild").containsExactly("a");
        write("b");
        write("c");
        assertThat(ids("views")).as("readers during the rebuild").containsExactly("a");
        assertThat(written("views")).containsExactly("b", "c");

        readModels.swap(PROJECTION);
        assertThat(ids("views")).containsExactly("b", "c");
        assertThat(ids("lists")).containsExactly("b", "c");
        assertThat(readModels.rebuilding(PROJECTION)).isFalse();
        write("d");
        assertThat(ids("views")).as("the projection writes where readers read again").containsExactly("b", "c", "d");
    }

    @Test
    void slotZeroKeepsTheCollectionsOwnNamesAndTheOtherIsBesideIt() {
        assertThat(database.getCollection("views").countDocuments()).isEqualTo(1);
        readModels.beginRebuild(PROJECTION);
        model.reset();
        write("b");
        readModels.swap(PROJECTION);
        assertThat(readModels.live("views").getNamespace().getCollectionName()).isEqualTo("views__alt");
        assertThat(database.getCollection("views").countDocuments()).as("the retired slot, emptied by the next rebuild").isEqualTo(1);
    }

    @Test
    void aResetOutsideARebuildEmptiesTheLiveSlotAsItAlwaysDid() {
        model.reset();
        assertThat(ids("views")).isEmpty();
    }

    @Test
    void eachSlotHasItsOwnInProcessObjectsAndAResetStartsTheWrittenOneAfresh() {
        AtomicInteger created = new AtomicInteger();
        Supplier<List<String>> catalog = model.perSlot(() -> {
            created.incrementAndGet();
            return new ArrayList<>();
        });
        catalog.get().add("a");
        readModels.beginRebuild(PROJECTION);
        model.reset();
        asWriter(() -> catalog.get().add("b"));
        assertThat(catalog.get()).containsExactly("a");
        readModels.swap(PROJECTION);
        assertThat(catalog.get()).containsExactly("b");
        assertThat(created).hasValue(2);
    }

    @Test
    void aRestartAndAnotherInstanceReadTheSlotsReadersWereMovedTo() {
        ReadModels other = new ReadModels(database);
        other.of(PROJECTION, "views", "lists");
        readModels.beginRebuild(PROJECTION);
        model.reset();
        write("b");
        readModels.swap(PROJECTION);

        assertThat(other.live("views").find().first().getString("_id")).as("before it refreshes").isEqualTo("a");
        other.refresh();
        assertThat(other.live("views").find().first().getString("_id")).isEqualTo("b");
        ReadModels restarted = new ReadModels(database);
        restarted.of(PROJECTION, "views", "lists");
        assertThat(restarted.live("views").find().first().getString("_id")).isEqualTo("b");
    }

    @Test
    void aProjectionWithoutCollectionsHasNothingToRebuild() {
        readModels.beginRebuild("personal-data-keys");
        assertThat(readModels.rebuilding("personal-data-keys")).isFalse();
    }

    private void write(String id) {
        asWriter(() -> {
            model.collection("views").insertOne(new Document("_id", id));
            model.collection("lists").insertOne(new Document("_id", id));
        });
    }

    private static void asWriter(Runnable writes) {
        DefaultUnitOfWork<EventMessage<?>> unitOfWork = DefaultUnitOfWork.startAndGet(GenericEventMessage.asEventMessage("event"));
        unitOfWork.execute(() -> {
            try {
                new ProjectionWriting(PROJECTION).handle(unitOfWork, () -> {
                    writes.run();
                    return null;
                });
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private List<String> ids(String collection) {
        List<String> ids = new ArrayList<>();
        model.collection(collection).find().forEach(d -> ids.add(d.getString("_id")));
        ids.sort(null);
        return ids;
    }

    private List<String> written(String collection) {
        List<List<String>> ids = new ArrayList<>();
        asWriter(() -> ids.add(ids(collection)));
        return ids.get(0);
    }
}
