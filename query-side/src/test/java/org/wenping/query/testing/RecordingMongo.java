package org.wenping.query.testing;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.bson.BsonDocument;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * An in-memory server behind the real driver, recording the filter of every {@code find} sent, so that a test can
 * prove a read model's reads are the shapes an index serves.
 */
public final class RecordingMongo implements AutoCloseable {
    private final MongoServer server = new MongoServer(new MemoryBackend());
    private final List<BsonDocument> findFilters = new CopyOnWriteArrayList<>();
    private final MongoClient client;

    public RecordingMongo() {
        CommandListener finds = new CommandListener() {
            @Override
            public void commandStarted(CommandStartedEvent event) {
                if (event.getCommandName().equals("find")) {
                    // The command's bytes are reused once it is sent: parse a copy now.
                    findFilters.add(BsonDocument.parse(event.getCommand().getDocument("filter").toJson()));
                }
            }
        };
        client = MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(server.bindAndGetConnectionString()))
                .addCommandListener(finds).build());
    }

    public MongoDatabase database() {
        return client.getDatabase("wenping");
    }

    /** The filter of every {@code find} sent so far, in the order sent. */
    public List<BsonDocument> findFilters() {
        return findFilters;
    }

    @Override
    public void close() {
        client.close();
        server.shutdownNow();
    }
}
