package org.wenping.ops.integrity;

import org.wenping.ops.signing.NoteSigner;
import org.wenping.ops.signing.NoteVerifier;
import org.wenping.ops.signing.SignatureAlgorithm;
import org.wenping.ops.transparency.Witness;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code java -jar wenping.jar --wenping.witness --log=https://host --log-key=<verifier key of the log>
 * [--dir=./witness] [--name=witness.example/w1]}: one round of a witness, for cron. It fetches
 * {@code GET /checkpoint}, checks the log's signature and the consistency proof from the last checkpoint
 * it cosigned, and writes the cosigned checkpoint into its directory. Its own key ({@code <dir>/witness.key})
 * is generated on first use; share {@code <dir>/witness.pub}. Exit 0 cosigned, 3 nothing new, 1 refused.
 */
public final class WitnessCommand {
    public static final String FLAG = "--wenping.witness";

    private WitnessCommand() {
    }

    public static int run(String[] args) {
        Map<String, String> options = options(args);
        try {
            Path dir = Path.of(options.getOrDefault("dir", "./witness"));
            NoteSigner key = ownKey(dir, options.getOrDefault("name", "wenping.witness/local"));
            NoteVerifier logKey = NoteVerifier.parse(required(options, "log-key"));
            String log = required(options, "log").replaceAll("/+$", "");
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
            Witness witness = new Witness(key, logKey, dir.resolve("log"), Clock.systemUTC());
            Witness.Outcome outcome = witness.observe(get(http, log + "/checkpoint"),
                    (from, to) -> get(http, log + "/checkpoint/consistency?from=" + from + "&to=" + to).lines()
                            .filter(line -> !line.isBlank()).map(line -> Base64.getDecoder().decode(line)).toList());
            System.out.println(outcome.verdict() + ": " + outcome.detail());
            return switch (outcome.verdict()) {
                case COSIGNED -> 0;
                case UNCHANGED -> 3;
                case NOT_SIGNED_BY_LOG, INCONSISTENT -> 1;
            };
        } catch (IOException | RuntimeException e) {
            System.err.println("见证失败:" + e.getMessage());
            return 4;
        }
    }

    private static NoteSigner ownKey(Path dir, String name) throws IOException {
        Path keyFile = dir.resolve("witness.key");
        if (Files.exists(keyFile)) return NoteSigner.read(keyFile);
        NoteSigner key = NoteSigner.generate(name, SignatureAlgorithm.ED25519_COSIGNATURE);
        key.write(keyFile);
        Files.writeString(dir.resolve("witness.pub"), key.verifier().encoded() + "\n");
        return key;
    }

    private static String get(HttpClient http, String url) throws IOException {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) throw new IOException(url + " 答复 " + response.statusCode());
            return response.body();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (String arg : List.of(args)) {
            int equals = arg.indexOf('=');
            if (arg.startsWith("--") && equals > 2) options.put(arg.substring(2, equals), arg.substring(equals + 1));
        }
        return options;
    }

    private static String required(Map<String, String> options, String name) {
        String value = options.get(name);
        if (value == null || value.isBlank()) throw new IllegalArgumentException("缺少 --" + name + "=…");
        return value;
    }
}
