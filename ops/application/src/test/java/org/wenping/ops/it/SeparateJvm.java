package org.wenping.ops.it;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The application in a JVM of its own: the packaged jar, or the test classpath when faults are injected. */
final class SeparateJvm {
    private SeparateJvm() {
    }

    static Process jar(Path log, String... args) throws IOException {
        return start(log, List.of("-jar", Path.of("target", "wenping.jar").toAbsolutePath().toString()), args);
    }

    /** The same classes on the test classpath, started through {@link FaultInjection}. */
    static Process classpath(Path log, String... args) throws IOException {
        return start(log, List.of("-cp", System.getProperty("java.class.path"), FaultInjection.class.getName()), args);
    }

    private static Process start(Path log, List<String> launch, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m"));
        command.addAll(launch);
        command.add("--spring.main.banner-mode=off");
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    /** Waits for health UP; the log's last lines tell why when it does not come. */
    static void awaitHealthy(int port, Path log) throws IOException {
        ApiClient anonymous = ApiClient.anonymous(port);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(300);
        String health = "no answer";
        while (System.nanoTime() < deadline) {
            try {
                ApiClient.Response response = anonymous.get("/actuator/health");
                if (response.status() == 200) return;
                health = response.body();
            } catch (RuntimeException notYetListening) {
                // starting
            }
            ApiClient.sleep(250);
        }
        List<String> lines = Files.readAllLines(log);
        throw new AssertionError("the application did not become healthy on port " + port + " (" + health + "); its log ends:\n"
                + String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size())));
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
