package org.wenping.ops.demo;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.wenping.ops.WenpingApplication;
import org.wenping.ops.store.MongoEventStorageEngine;

import java.nio.file.Path;

/** The whole application in this JVM with the demo users and demo data, on a data directory (as RunningApp in it). */
final class DemoApp implements AutoCloseable {
    final ConfigurableApplicationContext context;

    private DemoApp(ConfigurableApplicationContext context) {
        this.context = context;
    }

    static DemoApp start(Path dataDir) {
        System.setProperty("axoniq.update-checker.disabled", "true");
        return new DemoApp(new SpringApplicationBuilder(WenpingApplication.class).run("--server.port=0",
                "--spring.profiles.active=demo", "--wenping.data-dir=" + dataDir.toAbsolutePath(),
                "--spring.main.banner-mode=off", "--wenping.demo-data=true"));
    }

    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    DemoDataLoader loader() {
        return context.getBean(DemoDataLoader.class);
    }

    MongoEventStorageEngine store() {
        return context.getBean(MongoEventStorageEngine.class);
    }

    @Override
    public void close() {
        context.close();
    }
}
