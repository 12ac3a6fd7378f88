package org.wenping.ops.demo;

import org.wenping.ops.it.TestApps;
import org.wenping.ops.store.MongoEventStorageEngine;

import java.nio.file.Path;

/** The whole application with the demo users and the demo year loading, on a data directory. */
final class DemoApp implements AutoCloseable {
    private final TestApps.App app;

    private DemoApp(TestApps.App app) {
        this.app = app;
    }

    static DemoApp start(Path dataDir) {
        return new DemoApp(TestApps.start(dataDir, null, "wenping.demo-data=true"));
    }

    TestApps.Client as(String user) {
        return app.as(user);
    }

    <T> T bean(Class<T> type) {
        return app.bean(type);
    }

    DemoDataLoader loader() {
        return bean(DemoDataLoader.class);
    }

    MongoEventStorageEngine store() {
        return bean(MongoEventStorageEngine.class);
    }

    @Override
    public void close() {
        app.close();
    }
}
