package org.wenping.ops.mongo;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.ReadConcern;
import com.mongodb.WriteConcern;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.wenping.ops.embedded.EmbeddedMongo;
import org.wenping.query.matter.ListingSource;

import java.util.Locale;

/** Chooses the store: the configured MongoDB replica set, or the embedded server on the data directory. */
@Configuration(proxyBeanMethods = false)
public class MongoConfiguration {
    private static final Logger log = LoggerFactory.getLogger(MongoConfiguration.class);

    @Bean(destroyMethod = "close")
    MongoConnection mongoConnection(StoreProperties properties,
                                    @Value("${spring.data.mongodb.uri:}") String springUri) {
        String uri = firstNonBlank(properties.mongodb().uri(), springUri);
        if (uri != null) {
            log.info("使用外部 MongoDB (write concern majority, journaled)");
            return connect(uri, properties.mongodb().database(), null);
        }
        EmbeddedMongo embedded = EmbeddedMongo.acquire(properties.embedded().settings(), properties.dataDir());
        return connect(embedded.connectionString(), properties.mongodb().database(), embedded);
    }

    @Bean
    MongoDatabase mongoDatabase(MongoConnection connection) {
        return connection.database();
    }

    /**
     * The in-memory catalog on the embedded server, which serves no secondary index; the declared indexes
     * on a real MongoDB, where several query nodes share the read models. {@code wenping.read-models.listing}
     * (catalog or indexed) overrides the choice.
     */
    @Bean
    ListingSource listingSource(MongoConnection connection, @Value("${wenping.read-models.listing:}") String configured) {
        if (!configured.isBlank()) return ListingSource.valueOf(configured.trim().toUpperCase(Locale.ROOT));
        return connection.isEmbedded() ? ListingSource.CATALOG : ListingSource.INDEXED;
    }

    private static MongoConnection connect(String uri, String database, EmbeddedMongo embedded) {
        ConnectionString connectionString = new ConnectionString(uri);
        MongoClientSettings settings = MongoClientSettings.builder()
                .applyConnectionString(connectionString)
                .writeConcern(WriteConcern.MAJORITY.withJournal(true))
                .readConcern(embedded == null ? ReadConcern.MAJORITY : ReadConcern.DEFAULT)
                .applicationName("wenping")
                .build();
        var client = MongoClients.create(settings);
        String name = connectionString.getDatabase() != null ? connectionString.getDatabase() : database;
        return new MongoConnection(client, client.getDatabase(name), embedded);
    }

    private static String firstNonBlank(String... candidates) {
        for (String candidate : candidates) {
            if (candidate != null && !candidate.isBlank()) return candidate;
        }
        return null;
    }
}
