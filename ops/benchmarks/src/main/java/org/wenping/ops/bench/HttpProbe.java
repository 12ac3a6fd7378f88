package org.wenping.ops.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;

/** Times GET requests against the running application and reports p50, p99 and max. */
final class HttpProbe {
    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;
    private final String authorization;

    HttpProbe(int port, String user) {
        this.base = "http://127.0.0.1:" + port;
        this.authorization = "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
    }

    /** Sends {@code count} requests (after a tenth as warm-up) and answers "p50 / p99 / max" in ms. */
    String latencies(int count, IntFunction<String> path) throws IOException, InterruptedException {
        for (int i = 0; i < count / 10; i++) get(path.apply(i));
        List<Long> nanos = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            long start = System.nanoTime();
            int status = get(path.apply(i));
            nanos.add(System.nanoTime() - start);
            if (status != 200) throw new IllegalStateException(path.apply(i) + " answered " + status);
        }
        nanos.sort(Long::compare);
        return String.format(Locale.ROOT, "%.1f / %.1f / %.1f ms (%d requests)", nanos.get(count / 2) / 1e6,
                nanos.get(count * 99 / 100) / 1e6, nanos.get(count - 1) / 1e6, count);
    }

    private int get(String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", authorization).GET().build();
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
