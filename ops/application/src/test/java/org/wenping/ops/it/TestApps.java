package org.wenping.ops.it;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.support.GenericApplicationContext;

import java.nio.file.Path;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;

/** The integration-test helpers for tests outside this package. */
public final class TestApps {
    private TestApps() {
    }

    public static App start(Path dataDir, ApplicationContextInitializer<GenericApplicationContext> initializer,
                            String... properties) {
        return new App(RunningApp.start(dataDir, initializer, properties));
    }

    public static String matter(String title) {
        return MatterHttpIT.AIRPORT.replace("敦煌机场扩建项目", title);
    }

    public static void sleep(long millis) {
        ApiClient.sleep(millis);
    }

    public static void awaitTrue(BooleanSupplier condition) {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (!condition.getAsBoolean() && System.nanoTime() < deadline) sleep(50);
        if (!condition.getAsBoolean()) throw new AssertionError("condition not met within 30 s");
    }

    /** A running application. */
    public static final class App implements AutoCloseable {
        private final RunningApp app;

        App(RunningApp app) {
            this.app = app;
        }

        public Client as(String user) {
            return new Client(app.as(user));
        }

        public <T> T bean(Class<T> type) {
            return app.bean(type);
        }

        @Override
        public void close() {
            app.close();
        }
    }

    /** An API client as one user. */
    public static final class Client {
        private final ApiClient client;

        Client(ApiClient client) {
            this.client = client;
        }

        public Response get(String path) {
            return new Response(client.get(path));
        }

        public Response post(String path, String body) {
            return new Response(client.post(path, body));
        }

        public Response delete(String path) {
            return new Response(client.delete(path));
        }

        public Response await(String path, Predicate<Response> ready) {
            return new Response(client.await(path, r -> ready.test(new Response(r))));
        }
    }

    /** An HTTP answer. */
    public record Response(ApiClient.Response raw) {
        public int status() {
            return raw.status();
        }

        public com.fasterxml.jackson.databind.JsonNode json() {
            return raw.json();
        }
    }
}
