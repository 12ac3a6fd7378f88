package org.wenping.ops.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.wenping.ops.store.MongoEventStorageEngine;

import java.net.http.HttpRequest;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Flow;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The first slice over HTTP against the embedded H2 store: register, read, refuse, restart. */
class MatterHttpIT {
    static final String AIRPORT = """
            {"title": "敦煌机场扩建项目", "category": "PROJECT", "domain": "交通", "responsibleUnit": "市发改委",
             "decisionAuthority": "市政府常务会议", "jurisdiction": "620982", "procedure": "STANDARD",
             "assessorMode": "THIRD_PARTY"}""";

    @TempDir
    Path dataDir;

    @Test
    void registersAMatterAndFindsItAgainAfterARestartOnTheSameDirectory() {
        String id;
        JsonNode eventsBefore;
        try (RunningApp app = RunningApp.start(dataDir)) {
            ApiClient assessor = app.as("assessor");
            ApiClient.Response created = assessor.post("/api/matters", AIRPORT, "X-Correlation-Id", "corr-airport-0001");
            assertThat(created.status()).isEqualTo(201);
            id = created.json().get("id").asText();
            assertThat(created.header("Location")).isEqualTo("/api/matters/" + id);
            assertThat(created.header("ETag")).isEqualTo("\"0\"");

            ApiClient archivist = app.as("archivist");
            ApiClient.Response status = archivist.await("/api/matters/" + id, r -> r.status() == 200);
            assertThat(status.json().get("stage").asText()).isEqualTo("REGISTERED");
            assertThat(status.json().get("gradingScheme").asText()).isEqualTo("THREE_LEVEL");
            assertThat(status.json().at("/registeredBy/userId").asText()).isEqualTo("assessor");

            eventsBefore = archivist.get("/api/matters/" + id + "/events").json();
            assertThat(eventsBefore).hasSize(1);
            JsonNode registered = eventsBefore.get(0);
            assertThat(registered.get("type").asText()).isEqualTo("MatterRegisteredEvent");
            assertThat(registered.get("revision").asText()).isEqualTo("1");
            assertThat(registered.get("sequence").asLong()).isZero();
            assertThat(registered.at("/actor/userId").asText()).isEqualTo("assessor");
            assertThat(registered.at("/actor/role").asText()).isEqualTo("ASSESSOR");
            assertThat(registered.at("/actor/unit").asText()).isEqualTo("市发改委");
            assertThat(registered.get("correlationId").asText()).isEqualTo("corr-airport-0001");
            assertThat(registered.get("causationId").asText()).isNotBlank();
            assertThat(registered.at("/payload/title").asText()).isEqualTo("敦煌机场扩建项目");
        }
        try (RunningApp restarted = RunningApp.start(dataDir)) {
            ApiClient archivist = restarted.as("archivist");
            assertThat(archivist.get("/api/matters/" + id + "/events").json()).isEqualTo(eventsBefore);
            assertThat(archivist.await("/api/matters/" + id, r -> r.status() == 200).json().get("title").asText())
                    .isEqualTo("敦煌机场扩建项目");

            ApiClient.Response another = restarted.as("assessor").post("/api/matters", AIRPORT);
            assertThat(another.status()).isEqualTo(201);
            JsonNode anotherEvents = archivist.get("/api/matters/" + another.json().get("id").asText() + "/events").json();
            assertThat(anotherEvents.get(0).get("globalPosition").asLong())
                    .isEqualTo(eventsBefore.get(0).get("globalPosition").asLong() + 1);
        }
    }

    @Test
    void aCommandNamingAStaleVersionIsRefusedWith409AndWritesNothing() {
        try (RunningApp app = RunningApp.start(dataDir)) {
            ApiClient assessor = app.as("assessor");
            String id = assessor.post("/api/matters", AIRPORT).json().get("id").asText();
            String plan = """
                    {"scope": "机场周边征地拆迁户", "methods": ["座谈会", "问卷调查"], "dueBy": "2026-12-31"}""";
            ApiClient.Response first = assessor.post("/api/matters/" + id + "/assessment-plan", plan, "If-Match", "\"0\"");
            assertThat(first.status()).isEqualTo(200);
            assertThat(first.header("ETag")).isEqualTo("\"1\"");
            long written = app.bean(MongoEventStorageEngine.class).durablePosition();

            ApiClient.Response stale = assessor.post("/api/matters/" + id + "/assessment-plan", plan, "If-Match", "\"0\"");
            assertThat(stale.status()).isEqualTo(409);
            assertThat(stale.header("Content-Type")).startsWith("application/problem+json");
            assertThat(stale.json().get("code").asText()).isEqualTo("VERSION_CONFLICT");
            assertThat(stale.json().get("field").asText()).isEqualTo("If-Match");
            assertThat(app.bean(MongoEventStorageEngine.class).durablePosition()).isEqualTo(written);
        }
    }

    static Stream<Arguments> badRegistrations() {
        return Stream.of(
                Arguments.of("malformed JSON", "{\"title\": ", 400, "MALFORMED_JSON", null),
                Arguments.of("missing fields", "{}", 400, "FIELD_REQUIRED", "assessorMode"),
                Arguments.of("blank title", AIRPORT.replace("敦煌机场扩建项目", "  "), 400, "FIELD_REQUIRED", "title"),
                Arguments.of("unknown enum", AIRPORT.replace("\"PROJECT\"", "\"BRIDGE\""), 400, "UNKNOWN_ENUM_VALUE", "category"),
                Arguments.of("operator object", AIRPORT.replace("\"敦煌机场扩建项目\"", "{\"$gt\": \"\"}"), 400, "INVALID_FIELD_TYPE", "title"),
                Arguments.of("$where", AIRPORT.replace("{\"title\"", "{\"$where\": \"sleep(1000)\", \"title\""), 400, "UNKNOWN_FIELD", "$where"),
                Arguments.of("number for text", AIRPORT.replace("\"交通\"", "42"), 400, "INVALID_FIELD_TYPE", "domain"),
                Arguments.of("five-digit jurisdiction", AIRPORT.replace("620982", "62098"), 400, "FIELD_FORMAT", "jurisdiction"),
                Arguments.of("script in text", AIRPORT.replace("敦煌机场扩建项目", "<script>alert(1)</script>"), 400, "FIELD_UNSAFE_TEXT", "title"),
                Arguments.of("lone surrogate", AIRPORT.replace("敦煌机场扩建项目", "敦煌\\ud800机场"), 400, "FIELD_UNREPRESENTABLE_TEXT", "title"),
                Arguments.of("future business date", AIRPORT.replace("}", ", \"registeredOn\": \"2999-01-01\"}"), 422, "BUSINESS_DATE_IN_FUTURE", "registeredOn"),
                Arguments.of("oversized body", AIRPORT.replace("敦煌机场扩建项目", "长".repeat(400_000)), 413, "BODY_TOO_LARGE", null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badRegistrations")
    void badInputIsRefusedWithAProblemAndWritesNothing(String name, String body, int status, String code, String field) {
        try (RunningApp app = RunningApp.start(dataDir)) {
            long before = app.bean(MongoEventStorageEngine.class).durablePosition();
            ApiClient.Response response = app.as("assessor").post("/api/matters", body);

            assertThat(response.status()).as(response.body()).isEqualTo(status);
            assertThat(response.header("Content-Type")).startsWith("application/problem+json");
            assertThat(response.json().get("code").asText()).isEqualTo(code);
            if (field != null) assertThat(response.json().get("field").asText()).isEqualTo(field);
            ApiClient.sleep(200);
            assertThat(app.bean(MongoEventStorageEngine.class).durablePosition()).isEqualTo(before);
        }
    }

    @Test
    void refusesAChunkedBodyThatGrowsPastOneMebibyte() {
        try (RunningApp app = RunningApp.start(dataDir)) {
            byte[] opening = "{\"title\": \"".getBytes(StandardCharsets.UTF_8);
            byte[] chunk = "长".repeat(200_000).getBytes(StandardCharsets.UTF_8);
            HttpRequest.BodyPublisher chunked = HttpRequest.BodyPublishers
                    .ofByteArrays(List.of(opening, chunk, chunk, "\"}".getBytes(StandardCharsets.UTF_8)));
            ApiClient.Response response = app.as("assessor").post("/api/matters", unknownLength(chunked));
            assertThat(response.status()).isEqualTo(413);
            assertThat(response.json().get("code").asText()).isEqualTo("BODY_TOO_LARGE");
            assertThat(app.bean(MongoEventStorageEngine.class).durablePosition()).isZero();
        }
    }

    private static HttpRequest.BodyPublisher unknownLength(HttpRequest.BodyPublisher publisher) {
        return new HttpRequest.BodyPublisher() {
            @Override
            public long contentLength() {
                return -1;
            }

            @Override
            public void subscribe(Flow.Subscriber<? super ByteBuffer> subscriber) {
                publisher.subscribe(subscriber);
            }
        };
    }

    @Test
    void answers401WithoutCredentialsAnd403ToARoleThatDoesNotOwnTheStep() {
        try (RunningApp app = RunningApp.start(dataDir)) {
            ApiClient.Response anonymous = ApiClient.anonymous(app.port).post("/api/matters", AIRPORT);
            assertThat(anonymous.status()).isEqualTo(401);
            assertThat(anonymous.json().get("code").asText()).isEqualTo("UNAUTHENTICATED");
            assertThat(new ApiClient(app.port, "assessor", "wrong").get("/api/matters/x").status()).isEqualTo(401);

            ApiClient.Response decider = app.as("decider").post("/api/matters", AIRPORT);
            assertThat(decider.status()).isEqualTo(403);
            assertThat(decider.json().get("code").asText()).isEqualTo("R9_ROLE_NOT_PERMITTED");
            assertThat(app.bean(MongoEventStorageEngine.class).durablePosition()).isZero();

            assertThat(ApiClient.anonymous(app.port).get("/actuator/health").status()).isEqualTo(200);
        }
    }
}
