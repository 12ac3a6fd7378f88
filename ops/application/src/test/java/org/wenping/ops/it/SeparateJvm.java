package org.wenping.ops.it;

import java.io.IOException;
import java.net.ServerSocket;
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

    /** The same classes on the test classpath, so that {@link FaultInjection} can be named as an initializer. */
    static Process classpath(Path log, String... args) throws IOException {
        return start(log, List.of("-cp", System.getProperty("java.class.path"), "org.wenping.ops.WenpingApplication",
                "--context.initializer.classes=" + FaultInjection.class.getName()), args);
    }

    private static Process start(Path log, List<String> launch, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m"));
        command.addAll(launch);
        command.add("--spring.main.banner-mode=off");
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    static void awaitHealthy(int port) {
        ApiClient anonymous = ApiClient.anonymous(port);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        while (System.nanoTime() < deadline) {
            try {
                if (anonymous.get("/actuator/health").status() == 200) return;
            } catch (RuntimeException notYetListening) {
                // starting
            }
            ApiClient.sleep(250);
        }
        throw new AssertionError("the application did not become healthy on port " + port);
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
