package org.wenping.ops.mongo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.wenping.ops.embedded.EmbeddedSettings;

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

    /** The embedded server's settings, bound with their defaults; see {@link EmbeddedSettings}. */
    public record Embedded(@DefaultValue("h2") String backend, @DefaultValue("0") int port,
                           @DefaultValue("false") boolean fsync,
                           @DefaultValue("" + EmbeddedSettings.DEFAULT_CACHE_MEGABYTES) int cacheMb) {
        EmbeddedSettings settings() {
            return new EmbeddedSettings(backend, port, fsync, cacheMb);
        }
    }
}
