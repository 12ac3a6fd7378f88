package org.wenping.ops.embedded;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.wenping.ops.store.StoreDurability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The in-process MongoDB wire-protocol server on a data directory, bound to 127.0.0.1. One per data
 * directory and JVM: application contexts on the same directory share it, and it stops with the last.
 */
public final class EmbeddedMongo implements StoreDurability {
    private static final Logger log = LoggerFactory.getLogger(EmbeddedMongo.class);
    private static final Map<String, EmbeddedMongo> RUNNING = new HashMap<>();

    private final String key;
    private final MongoServer server;
    private final H2Backend fileBackend;
    private final boolean fsync;
    private final String connectionString;
    private int users;

    private EmbeddedMongo(String key, MongoBackend backend, H2Backend fileBackend, int port, boolean fsync) {
        this.key = key;
        this.fileBackend = fileBackend;
        this.fsync = fsync;
        this.server = new MongoServer(backend);
        server.bind("127.0.0.1", port);
        InetSocketAddress address = server.getLocalAddress();
        this.connectionString = "mongodb://127.0.0.1:" + address.getPort();
    }

    public static synchronized EmbeddedMongo acquire(EmbeddedSettings settings, Path dataDir) {
        boolean inMemory = "memory".equalsIgnoreCase(settings.backend());
        String key = inMemory ? "memory:" + dataDir.toAbsolutePath().normalize() : dataDir.toAbsolutePath().normalize().toString();
        EmbeddedMongo running = RUNNING.computeIfAbsent(key, k -> start(k, settings, dataDir, inMemory));
        running.users++;
        return running;
    }

    private static EmbeddedMongo start(String key, EmbeddedSettings settings, Path dataDir, boolean inMemory) {
        if (inMemory) {
            log.warn("嵌入式存储使用内存后端,停止后数据不保留 (memory backend: nothing survives a stop)");
            return new EmbeddedMongo(key, new MemoryBackend(), null, settings.port(), false);
        }
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create data directory " + dataDir, e);
        }
        H2Backend backend = openFile(dataDir);
        EmbeddedMongo embedded = new EmbeddedMongo(key, backend, backend, settings.port(), settings.fsync());
        log.info("嵌入式 MongoDB 已启动: {} 数据目录 {}", embedded.connectionString, dataDir.toAbsolutePath());
        return embedded;
    }

    private static H2Backend openFile(Path dataDir) {
        try {
            return new H2Backend(dataDir.resolve("wenping.mv").toString());
        } catch (RuntimeException e) {
            if (String.valueOf(e.getMessage()).contains("locked")) throw new DataDirectoryInUseException(dataDir, e);
            throw e;
        }
    }

    public String connectionString() {
        return connectionString;
    }

    /** Writes every acknowledged insert to the H2 file: without this the file is written about once a second. */
    @Override
    public void makeDurable() {
        if (fileBackend == null) return;
        fileBackend.commit();
        if (fsync) fileBackend.getMvStore().sync();
    }

    public void release() {
        synchronized (EmbeddedMongo.class) {
            if (--users > 0) return;
            RUNNING.remove(key);
        }
        server.shutdownNow();
        if (fileBackend != null) fileBackend.close();
    }
}
