package org.wenping.ops.mongo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.nio.file.Path;

/**
 * Where the data lives. {@code wenping.mongodb.uri} (environment {@code WENPING_MONGODB_URI}) or
 * {@code spring.data.mongodb.uri} selects a real MongoDB; without either, the embedded server runs on
 * {@code wenping.data-dir}.
 */
@ConfigurationProperties("wenping")
public record StoreProperties(@DefaultValue("./data") Path dataDir,
                              @DefaultValue Mongodb mongodb,
                              @DefaultValue Embedded embedded) {

    public record Mongodb(String uri, @DefaultValue("wenping") String database) {
    }

    /**
     * @param backend {@code h2} (file-backed, the default) or {@code memory} (keeps nothing; for tests)
     * @param port    0 picks a free port on 127.0.0.1
     * @param fsync   also force the file to disk on every group commit, surviving power loss, not only a process crash
     */
    public record Embedded(@DefaultValue("h2") String backend, @DefaultValue("0") int port,
                           @DefaultValue("false") boolean fsync) {
    }
}
