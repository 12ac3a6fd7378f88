package org.wenping.ops.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
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
    String latencies(int count, IntFunction<String> path) {
        return Timings.of(count, i -> {
            int status = get(path.apply(i));
            if (status != 200) throw new IllegalStateException(path.apply(i) + " answered " + status);
        });
    }

    /** The body of one answer, which must be 200. */
    String body(String path) {
        HttpResponse<String> response = send(path, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (response.statusCode() != 200) throw new IllegalStateException(path + " answered " + response.statusCode());
        return response.body();
    }

    private int get(String path) {
        return send(path, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private <T> HttpResponse<T> send(String path, HttpResponse.BodyHandler<T> body) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", authorization).GET().build();
        try {
            return http.send(request, body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
