package org.wenping.ops.embedded;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Unique indexes in {@link KeyValueOrder}: found, still unique, and an index written in the backend's order is taken over. */
class OrderedKeyIndexTest {
    @TempDir
    Path dataDir;

    @Test
    void keysCompareFieldByFieldAndEqualKeysAreEqual() {
        KeyValueOrder order = new KeyValueOrder();
        assertThat(order.compare(new KeyValue("m-1", 2L), new KeyValue("m-1", 2L))).isZero();
        assertThat(order.compare(new KeyValue("m-1", 2L), new KeyValue("m-1", 10L))).isNegative();
        assertThat(order.compare(new KeyValue("m-2", 0L), new KeyValue("m-1", 10L))).isPositive();
        assertThat(order.compare(new KeyValue("m-1"), new KeyValue("m-1", 0L))).isNegative();
        assertThat(order.compare(new KeyValue(2L), new KeyValue(2.0))).isNotZero();
    }

    @Test
    void anIndexWrittenInTheBackendsOrderIsTakenOverFoundAndStillUnique() {
        String file = dataDir.resolve("wenping.mv").toString();
        serve(new H2Backend(file), events -> {
            events.createIndex(Indexes.ascending("aggregate", "sequence"), new IndexOptions().unique(true));
            events.insertMany(IntStream.range(0, 300).mapToObj(OrderedKeyIndexTest::event).toList());
        });

        for (int start = 0; start < 2; start++) {
            OrderedKeyBackend backend = new OrderedKeyBackend(file, 16);
            assertThat(backend.getMvStore().getMapNames()).filteredOn(name -> name.contains("._index_"))
                    .isNotEmpty().allMatch(name -> name.endsWith(OrderedKeyDatabase.SUFFIX));
            serve(backend, events -> {
                for (int i = 0; i < 300; i += 7) {
                    assertThat(events.find(Filters.eq("_id", "e-" + i)).first()).isNotNull();
                    assertThat(events.find(Filters.and(Filters.eq("aggregate", "m-" + i % 30),
                            Filters.eq("sequence", (long) i / 30))).first()).extracting(d -> d.get("_id")).isEqualTo("e-" + i);
                }
                assertThatThrownBy(() -> events.insertOne(event(5).append("_id", "other")))
                        .isInstanceOf(MongoWriteException.class).hasMessageContaining("duplicate key");
                assertThatThrownBy(() -> events.insertOne(new Document("_id", "e-5")))
                        .isInstanceOf(MongoWriteException.class).hasMessageContaining("duplicate key");
            });
        }
    }

    @Test
    void aDroppedCollectionTakesItsIndexesWithIt() {
        String file = dataDir.resolve("wenping.mv").toString();
        serve(new OrderedKeyBackend(file, 16), events -> {
            events.createIndex(Indexes.ascending("aggregate", "sequence"), new IndexOptions().unique(true));
            events.insertOne(event(1));
            events.drop();
            events.createIndex(Indexes.ascending("aggregate", "sequence"), new IndexOptions().unique(true));
            events.insertOne(event(1));
            assertThat(events.countDocuments()).isEqualTo(1);
        });
        serve(new OrderedKeyBackend(file, 16), events -> {
            assertThat(events.find(Filters.eq("_id", "e-1")).first()).isNotNull();
            assertThatThrownBy(() -> events.insertOne(event(1).append("_id", "again")))
                    .isInstanceOf(MongoWriteException.class);
        });
    }

    private static Document event(int i) {
        return new Document("_id", "e-" + i).append("aggregate", "m-" + i % 30).append("sequence", (long) i / 30);
    }

    private static void serve(MongoBackend backend, Consumer<MongoCollection<Document>> use) {
        MongoServer server = new MongoServer(backend);
        try (MongoClient client = MongoClients.create("mongodb://" + hostAndPort(server.bind()))) {
            use.accept(client.getDatabase("wenping").getCollection("events"));
        } finally {
            server.shutdownNow();
        }
    }

    private static String hostAndPort(java.net.InetSocketAddress address) {
        return address.getHostString() + ":" + address.getPort();
    }
}
