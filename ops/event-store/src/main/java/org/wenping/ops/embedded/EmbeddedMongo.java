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
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * The in-process MongoDB wire-protocol server on a data directory, bound to 127.0.0.1. One per data
 * directory and JVM: application contexts on the same directory share it, and it stops with the last.
 * H2 closes its file for good after a write it could not make (a full disk, a file made read-only);
 * {@link #reopenIfClosed()} opens it again behind a new server on the same port.
 */
public final class EmbeddedMongo implements StoreDurability {
    private static final Logger log = LoggerFactory.getLogger(EmbeddedMongo.class);
    private static final Map<String, EmbeddedMongo> RUNNING = new HashMap<>();

    private final String key;
    private final Path dataDir;
    private final EmbeddedSettings settings;
    private final int port;
    private final String connectionString;
    private volatile MongoServer server;
    private volatile H2Backend fileBackend;
    private int users;

    private EmbeddedMongo(String key, Path dataDir, MongoBackend backend, H2Backend fileBackend, EmbeddedSettings settings) {
        this.key = key;
        this.dataDir = dataDir;
        this.fileBackend = fileBackend;
        this.settings = settings;
        this.server = new MongoServer(backend);
        server.bind("127.0.0.1", settings.port());
        InetSocketAddress address = server.getLocalAddress();
        this.port = address.getPort();
        this.connectionString = "mongodb://127.0.0.1:" + this.port;
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
            return new EmbeddedMongo(key, dataDir, new MemoryBackend(), null, settings);
        }
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create data directory " + dataDir, e);
        }
        H2Backend backend = openFile(dataDir, settings);
        EmbeddedMongo embedded = new EmbeddedMongo(key, dataDir, backend, backend, settings);
        log.info("嵌入式 MongoDB 已启动: {} 数据目录 {}", embedded.connectionString, dataDir.toAbsolutePath());
        return embedded;
    }

    private static H2Backend openFile(Path dataDir, EmbeddedSettings settings) {
        try {
            return new OrderedKeyBackend(dataDir.resolve("wenping.mv").toString(), settings.cacheMegabytes());
        } catch (RuntimeException e) {
            if (String.valueOf(e.getMessage()).contains("locked")) throw new DataDirectoryInUseException(dataDir, e);
            throw e;
        }
    }

    /** Whether the server listens on a port it picked itself, so that no other process was told where to connect. */
    public boolean onPrivatePort() {
        return settings.port() == 0;
    }

    public String connectionString() {
        return connectionString;
    }

    /** Writes every acknowledged insert to the H2 file: without this the file is written about once a second. */
    @Override
    public void makeDurable() {
        H2Backend file = fileBackend;
        if (file == null) return;
        file.commit();
        if (settings.fsync()) file.getMvStore().sync();
        // A closed store takes the commit without a word and without writing it: whatever was inserted since the
        // last commit is gone, so it must not be acknowledged.
        if (file.getMvStore().isClosed()) throw new IllegalStateException("嵌入式存储文件已关闭,提交未写入文件");
    }

    /** Whether H2 closed the file under the running server: every read and write fails until it is reopened. */
    public boolean fileClosed() {
        H2Backend file = fileBackend;
        return file != null && file.getMvStore().isClosed();
    }

    /**
     * Opens the closed file again and serves it from a new server on the same port, so that the clients'
     * connection pools find it by themselves. The file is opened first: while it still cannot be opened,
     * the old server stays and keeps answering errors quickly. Answers whether the store is open.
     */
    public boolean reopenIfClosed() {
        synchronized (EmbeddedMongo.class) {
            if (!fileClosed()) return true;
            if (RUNNING.get(key) != this) return false;
            H2Backend reopened = openFile(dataDir, settings);
            server.shutdownNow();
            closeQuietly(fileBackend);
            fileBackend = reopened;
            server = bindWithRetry(reopened);
            log.warn("嵌入式存储文件曾被关闭,已重新打开: {}", dataDir.toAbsolutePath());
            return true;
        }
    }

    /** The port was just released; the listening socket may take a moment to be free again. */
    private MongoServer bindWithRetry(H2Backend backend) {
        MongoServer next = new MongoServer(backend);
        for (int attempt = 1; ; attempt++) {
            try {
                next.bind("127.0.0.1", port);
                return next;
            } catch (RuntimeException e) {
                if (attempt == 50) throw e;
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(100));
            }
        }
    }

    /** The current file backend; tests close its store as H2 does after a write it could not make. */
    H2Backend fileBackend() {
        return fileBackend;
    }

    private static void closeQuietly(H2Backend closed) {
        try {
            closed.close();
        } catch (RuntimeException alreadyClosed) {
            // H2 closed it already; nothing is left to flush.
        }
    }

    public void release() {
        synchronized (EmbeddedMongo.class) {
            if (--users > 0) return;
            RUNNING.remove(key);
        }
        server.shutdownNow();
        if (fileBackend != null) closeQuietly(fileBackend);
    }
}
