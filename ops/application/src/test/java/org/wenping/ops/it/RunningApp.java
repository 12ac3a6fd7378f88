package org.wenping.ops.it;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.wenping.ops.WenpingApplication;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The whole application in this JVM on a data directory, with the demo users, on a free port. */
final class RunningApp implements AutoCloseable {
    final ConfigurableApplicationContext context;
    final int port;

    private RunningApp(ConfigurableApplicationContext context) {
        this.context = context;
        this.port = ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    static RunningApp start(Path dataDir, String... extraProperties) {
        return start(dataDir, null, extraProperties);
    }

    static RunningApp start(Path dataDir, ApplicationContextInitializer<GenericApplicationContext> initializer,
                            String... extraProperties) {
        List<String> properties = new ArrayList<>(List.of("server.port=0", "spring.profiles.active=demo",
                "wenping.data-dir=" + dataDir.toAbsolutePath(), "spring.main.banner-mode=off"));
        properties.addAll(List.of(extraProperties));
        SpringApplicationBuilder builder = new SpringApplicationBuilder(WenpingApplication.class);
        if (initializer != null) builder.initializers(initializer);
        return new RunningApp(builder.run(properties.stream().map(p -> "--" + p).toArray(String[]::new)));
    }

    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    ApiClient as(String user) {
        return new ApiClient(port, user, "demo");
    }

    @Override
    public void close() {
        context.close();
    }
}
