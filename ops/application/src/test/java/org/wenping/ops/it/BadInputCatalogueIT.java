package org.wenping.ops.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.wenping.ops.store.MongoEventStorageEngine;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bad-input catalogue over every command endpoint the running application maps (endpoints added later join by
 * a sample in {@link CommandSamples}): each variant of each endpoint's valid sample (malformed JSON, wrong types,
 * unknown enum values, missing fields, blank and over-long text, {@code $gt}/{@code $regex} objects where scalars
 * belong, {@code $} and dotted keys, script, NUL and bidi controls, fractional and out-of-range numbers, dates in the
 * wrong form or range) is a 4xx problem with a stable code, and the store's event count does not move; so is a
 * 16 MiB body, a record that does not exist and a matter out of the user's reach. Valid Chinese text, 4-byte
 * characters included, round-trips exactly. Valid Chinese text, 4-byte characters included, round-trips exactly.
 */
class BadInputCatalogueIT {
    private static final String UNKNOWN = "00000000-0000-4000-8000-000000000000";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    @TempDir
    static Path dataDir;
    static RunningApp app;
    static String lanzhouMatter;

    @BeforeAll
    static void start() {
        app = RunningApp.start(dataDir, "spring.profiles.active=demo,lanzhou");
        lanzhouMatter = app.as("lz-assessor").post("/api/matters", MatterHttpIT.AIRPORT.replace("620982", "620102"))
                .json().get("id").asText();
    }

    @AfterAll
    static void stop() {
        if (app != null) app.close();
    }

    static Set<String> endpoints() {
        return MappedEndpoints.commands(app);
    }

    @Test
    void everyCommandEndpointHasASampleAndEverySampleAnEndpoint() {
        assertThat(CommandSamples.BY_ENDPOINT.keySet()).as("add a sample to CommandSamples for each new endpoint")
                .containsExactlyInAnyOrderElementsOf(endpoints());
    }

    static Stream<String> commandEndpoints() {
        return endpoints().stream().filter(CommandSamples.BY_ENDPOINT::containsKey);
    }

    /** All variants of one endpoint, sent four at a time: the catalogue is some 1 300 requests. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("commandEndpoints")
    void everyBadInputIsRefusedWithAStableCodeAndWritesNothing(String endpoint) throws InterruptedException {
        CommandSamples.Sample sample = CommandSamples.BY_ENDPOINT.get(endpoint);
        ApiClient client = app.as(sample.user());
        long written = app.bean(MongoEventStorageEngine.class).durablePosition();
        List<String> accepted = new java.util.concurrent.CopyOnWriteArrayList<>();
        java.util.concurrent.ExecutorService senders = java.util.concurrent.Executors.newFixedThreadPool(4);
        variants(sample.body()).forEach((name, body) -> senders.execute(() -> {
            ApiClient.Response response = client.post(path(endpoint, UNKNOWN), body);
            if (!isProblem(response)) accepted.add(name + " → " + response.status() + " " + response.body());
        }));
        senders.shutdown();
        assertThat(senders.awaitTermination(2, java.util.concurrent.TimeUnit.MINUTES)).isTrue();
        assertThat(accepted).as("variants not refused with a 4xx problem and a code").isEmpty();
        assertThat(app.bean(MongoEventStorageEngine.class).durablePosition()).as("nothing written").isEqualTo(written);
    }

    /** The body size limit is one filter in front of every endpoint; once is enough to see that it holds. */
    @Test
    void aSixteenMibBodyIsRefused() {
        String body = "{\"pad\": \"" + "x".repeat(16 * 1024 * 1024) + "\"}";
        ApiClient.Response refused = assertRefused(app.as("assessor"), "/api/matters", body);
        assertThat(refused.status()).isEqualTo(413);
    }

    static Stream<Arguments> endpointsOnRecords() {
        return CommandSamples.BY_ENDPOINT.entrySet().stream().filter(e -> e.getKey().contains("{id}"))
                .map(e -> Arguments.of(e.getKey(), e.getValue().user(), e.getValue().body()));
    }

    @ParameterizedTest(name = "{0} on an id never recorded")
    @MethodSource("endpointsOnRecords")
    void aRecordThatDoesNotExistIsRefused(String endpoint, String user, String body) {
        ApiClient.Response refused = assertRefused(app.as(user), path(endpoint, UNKNOWN), body);
        assertThat(refused.status()).as(refused.body()).isEqualTo(404);
    }

    @ParameterizedTest(name = "{0} on a matter of another jurisdiction")
    @MethodSource("endpointsOnRecords")
    void aMatterOutsideTheUsersJurisdictionIsRefused(String endpoint, String user, String body) {
        if (!endpoint.startsWith("POST /api/matters/")) return;
        ApiClient.Response refused = assertRefused(app.as(user), path(endpoint, lanzhouMatter), body);
        assertThat(refused.json().get("code").asText()).as(refused.body()).isEqualTo("R9_OUTSIDE_JURISDICTION");
    }

    @Test
    void validChineseTextWithFourByteCharactersRoundTripsExactly() {
        String title = "𠀀𪚥𡃁 敦煌机场扩建项目(二期)——“征地”补偿 ①";
        String body = MatterHttpIT.AIRPORT.replace("敦煌机场扩建项目", title);
        ApiClient.Response created = app.as("assessor").post("/api/matters", body);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode events = app.as("archivist").get("/api/matters/" + created.json().get("id").asText() + "/events").json();
        assertThat(events.get(0).at("/payload/title").asText()).isEqualTo(title);
    }

    private static ApiClient.Response assertRefused(ApiClient client, String path, String body) {
        long written = app.bean(MongoEventStorageEngine.class).durablePosition();
        ApiClient.Response response = client.post(path, body);
        assertThat(isProblem(response)).as("%s %s", response.status(), response.body()).isTrue();
        assertThat(app.bean(MongoEventStorageEngine.class).durablePosition()).as("nothing written").isEqualTo(written);
        return response;
    }

    /** A 4xx problem+json with a stable code. */
    private static boolean isProblem(ApiClient.Response response) {
        return response.status() >= 400 && response.status() < 500
                && String.valueOf(response.header("Content-Type")).startsWith("application/problem+json")
                && response.json().path("code").asText().matches("[A-Z0-9_]+");
    }

    private static String path(String endpoint, String id) {
        return endpoint.substring(endpoint.indexOf(' ') + 1).replace("{id}", id).replace("{measureId}", "measure-1")
                .replace("{itemNo}", "1").replace("{keyId}", "key-1");
    }

    /** The bad variants of a valid body: the whole body's, then each top-level field's by the kind of its value. */
    static Map<String, String> variants(String sample) {
        ObjectNode valid = parse(sample);
        Map<String, String> variants = new java.util.LinkedHashMap<>();
        variants.put("malformed JSON", sample.substring(0, sample.lastIndexOf('}')));
        variants.put("not an object", "[]");
        variants.put("every field missing", "{}");
        variants.put("a $where key", with(valid, "$where", NODES.textNode("1 == 1")));
        variants.put("a dotted key", with(valid, "a.b", NODES.numberNode(1)));
        valid.fieldNames().forEachRemaining(field -> fieldVariants(valid.get(field)).forEach((name, value) ->
                variants.put(field + ": " + name, with(valid, field, value))));
        return variants;
    }

    private static Map<String, JsonNode> fieldVariants(JsonNode value) {
        Map<String, JsonNode> variants = new java.util.LinkedHashMap<>();
        variants.put("$gt object", NODES.objectNode().put("$gt", ""));
        variants.put("$regex object", NODES.objectNode().put("$regex", ".*"));
        if (value.isTextual()) {
            String text = value.asText();
            variants.put("number", NODES.numberNode(123));
            variants.put("NUL", NODES.textNode(text + "\u0000"));
            variants.put("right-to-left override", NODES.textNode("\u202E" + text));
            variants.put("isolate", NODES.textNode(text + "\u2066x\u2069"));
            variants.put("only invisible spaces", NODES.textNode("\u3000\u00A0\u200B\uFEFF"));
            variants.put("<script>", NODES.textNode("<script>alert(1)</script>"));
            variants.put("javascript:", NODES.textNode("javascript:alert(1)"));
            variants.put("over-long", NODES.textNode("长".repeat(6000)));
            if (text.matches("\\d{4}-\\d{2}(-\\d{2})?")) {
                variants.put("date in another form", NODES.textNode(text.replace('-', '/')));
                variants.put("date with a trailing space", NODES.textNode(text + " "));
                variants.put("date not in the calendar", NODES.textNode(text.length() == 7 ? "2026-13" : "2026-02-30"));
                variants.put("date before 1949-10-01", NODES.textNode(text.length() == 7 ? "0001-01" : "0001-01-01"));
                variants.put("date at the end of time", NODES.textNode(text.length() == 7 ? "-999999999-01" : "-999999999-01-01"));
            }
            if (text.matches("[A-Z_]+")) {
                variants.put("unknown enum value", NODES.textNode("BOGUS"));
                variants.put("enum value in lower case", NODES.textNode(text.toLowerCase()));
            }
        } else if (value.isIntegralNumber()) {
            variants.put("fraction", NODES.numberNode(40.9));
            variants.put("text", NODES.textNode("40"));
            variants.put("negative", NODES.numberNode(-1));
            variants.put("beyond a long", NODES.numberNode(new java.math.BigInteger("99999999999999999999")));
        } else if (value.isBoolean()) {
            variants.put("text", NODES.textNode("true"));
            variants.put("number", NODES.numberNode(1));
        } else if (value.isArray()) {
            variants.put("text", NODES.textNode("x"));
            variants.put("null element", NODES.arrayNode().addNull());
            variants.put("NUL element", NODES.arrayNode().add("\u0000"));
        } else if (value.isObject()) {
            variants.put("text", NODES.textNode("x"));
        }
        return variants;
    }

    private static String with(ObjectNode valid, String field, JsonNode value) {
        ObjectNode changed = valid.deepCopy();
        changed.set(field, value);
        return changed.toString();
    }

    private static ObjectNode parse(String json) {
        try {
            return (ObjectNode) ApiClient.JSON.readTree(json);
        } catch (IOException e) {
            throw new IllegalArgumentException(json, e);
        }
    }
}
