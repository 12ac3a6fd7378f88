package org.wenping.ops.it;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.slf4j.LoggerFactory;
import org.wenping.ops.store.MongoEventStorageEngine;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every kind of answer that is not 2xx, the framework's and Tomcat's own included, is one problem+json shape:
 * a stable code, zh-CN title and detail, the field at fault, no Java class names, never a 500, nothing written,
 * and one log line without a stack trace.
 */
class RefusalCatalogueIT {
    private static final String[] NONE = {};
    private static final String JSON = "Content-Type: application/json";
    /** 市发改委 as the UTF-8 bytes a client puts on the wire, each byte one ISO-8859-1 character. */
    private static final String UNIT = new String("市发改委".getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
    private static final String UNKNOWN = "00000000-0000-4000-8000-000000000000";
    private static final String CLOSURE = "{\"reason\": \"项目已完工\"}";

    @TempDir
    static Path dataDir;
    static RunningApp app;
    static String expertId;
    static String matterId;

    @BeforeAll
    static void start() {
        app = RunningApp.start(dataDir);
        expertId = app.as("supervisor").post("/api/experts", """
                {"name": "张三", "specialty": "社会学", "jurisdiction": "620900"}""").json().get("id").asText();
        matterId = app.as("assessor").post("/api/matters", MatterHttpIT.AIRPORT).json().get("id").asText();
        app.as("archivist").await("/api/matters/" + matterId, r -> r.status() == 200);
        // The first aggregate Axon loads logs Spring's one-time deprecation notice; not under test here.
        app.as("supervisor").post("/api/matters/" + matterId + "/closure", CLOSURE);
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    static Stream<Arguments> catalogue() {
        return Stream.of(
                refusal("unknown path", "GET /api/nowhere HTTP/1.1", "archivist", NONE, null, 404, "NOT_FOUND", null),
                refusal("unknown path without credentials", "GET /api/nowhere HTTP/1.1", null, NONE, null, 401, "UNAUTHENTICATED", null),
                refusal("wrong password", "GET /api/matters HTTP/1.1", "nobody", NONE, null, 401, "UNAUTHENTICATED", null),
                refusal("role without the step", "POST /api/matters HTTP/1.1", "decider", new String[] {JSON}, MatterHttpIT.AIRPORT, 403, "R9_ROLE_NOT_PERMITTED", "role"),
                refusal("method not allowed", "PUT /api/matters HTTP/1.1", "archivist", new String[] {JSON}, "{}", 405, "METHOD_NOT_ALLOWED", null),
                refusal("not acceptable", "GET /api/matters HTTP/1.1", "archivist", new String[] {"Accept: image/png"}, null, 406, "NOT_ACCEPTABLE", "Accept"),
                refusal("unsupported media type", "POST /api/matters HTTP/1.1", "assessor", new String[] {"Content-Type: text/plain"}, "标题", 415, "UNSUPPORTED_MEDIA_TYPE", "Content-Type"),
                refusal("query parameter of the wrong type", "GET /api/matters?page=abc HTTP/1.1", "archivist", NONE, null, 400, "INVALID_PARAMETER", "page"),
                refusal("filter of the wrong type", "GET /api/matters?year=abc HTTP/1.1", "archivist", NONE, null, 400, "INVALID_PARAMETER", "year"),
                refusal("unknown enum value in a filter", "GET /api/matters?stage=BOGUS HTTP/1.1", "archivist", NONE, null, 400, "UNKNOWN_ENUM_VALUE", "stage"),
                refusal("unknown accountability flag", "GET /api/matters?flag=BOGUS HTTP/1.1", "archivist", NONE, null, 400, "UNKNOWN_ENUM_VALUE", "flag"),
                refusal("path the firewall rejects", "GET /api//matters HTTP/1.1", "archivist", NONE, null, 400, "REQUEST_REJECTED", null),
                refusal("semicolon the firewall rejects", "GET /api/matters;x=1 HTTP/1.1", "archivist", NONE, null, 400, "REQUEST_REJECTED", null),
                refusal("encoded percent the firewall rejects", "GET /api/matters/%25 HTTP/1.1", "archivist", NONE, null, 400, "REQUEST_REJECTED", null),
                refusal("dot segment the firewall rejects", "GET /api/x/../matters HTTP/1.1", "archivist", NONE, null, 400, "REQUEST_REJECTED", null),
                refusal("header the firewall rejects", "GET /api/matters HTTP/1.1", "archivist", new String[] {"X-Note: a\u0085b"}, null, 400, "REQUEST_REJECTED", "X-Note"),
                refusal("UTF-8 header bytes, anonymously on health", "GET /actuator/health HTTP/1.1", null, new String[] {"X-Unit: " + UNIT}, null, 400, "REQUEST_REJECTED", "X-Unit"),
                refusal("UTF-8 header bytes on the API", "GET /api/matters HTTP/1.1", "archivist", new String[] {"X-Unit: " + UNIT}, null, 400, "REQUEST_REJECTED", "X-Unit"),
                refusal("encoded slash", "GET /api/matters/a%2Fb HTTP/1.1", "archivist", NONE, null, 400, "MALFORMED_REQUEST", null),
                refusal("encoded NUL", "GET /api/matters/a%00b HTTP/1.1", "archivist", NONE, null, 400, "MALFORMED_REQUEST", null),
                refusal("malformed percent-encoding", "GET /api/matters/%zz HTTP/1.1", "archivist", NONE, null, 400, "MALFORMED_REQUEST", null),
                refusal("brackets in the query", "GET /api/matters?x=[] HTTP/1.1", "archivist", NONE, null, 400, "MALFORMED_REQUEST", null),
                refusal("over-long URI", "GET /api/matters?q=" + "a".repeat(20_000) + " HTTP/1.1", "archivist", NONE, null, 400, "MALFORMED_REQUEST", null),
                refusal("command on an expert's id", "POST /api/matters/{expert}/closure HTTP/1.1", "supervisor", new String[] {JSON, "If-Match: \"0\""}, CLOSURE, 404, "MATTER_NOT_FOUND", "id"),
                refusal("command on an unknown id", "POST /api/matters/{unknown}/closure HTTP/1.1", "supervisor", new String[] {JSON}, CLOSURE, 404, "MATTER_NOT_FOUND", "id"),
                refusal("expert command on a matter's id", "POST /api/experts/{matter}/removal HTTP/1.1", "supervisor", new String[] {JSON}, "{\"reason\": \"调离\"}", 404, "EXPERT_NOT_FOUND", "id"),
                refusal("status of an expert's id", "GET /api/matters/{expert} HTTP/1.1", "archivist", NONE, null, 404, "MATTER_NOT_FOUND", "id"));
    }

    private static Arguments refusal(String name, String requestLine, String user, String[] headers, String body,
                                     int status, String code, String field) {
        return Arguments.of(name, requestLine, user, headers, body, status, code, field);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("catalogue")
    void everyRefusalIsOneProblemShapeAndOneLogLine(String name, String requestLine, String user, String[] headers,
                                                    String body, int status, String code, String field) {
        long written = app.bean(MongoEventStorageEngine.class).durablePosition();
        ListAppender<ILoggingEvent> log = captureLog();
        RawHttp.Response response;
        try {
            response = RawHttp.send(app.port, requestLine.replace("{expert}", expertId).replace("{matter}", matterId)
                    .replace("{unknown}", UNKNOWN), user, headers, body);
            ApiClient.sleep(100);
        } finally {
            release(log);
        }

        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.header("Content-Type")).as(response.body()).startsWith("application/problem+json");
        JsonNode problem = json(response.body());
        assertThat(problem.get("code").asText()).isEqualTo(code);
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("title").asText()).as("zh-CN title").containsPattern("\\p{IsHan}");
        assertThat(problem.get("detail").asText()).as("zh-CN detail").containsPattern("\\p{IsHan}");
        if (field != null) assertThat(problem.get("field").asText()).isEqualToIgnoringCase(field);
        assertThat(response.body()).as("no class names").doesNotContainPattern("(java|jakarta|org|com)\\.[a-z]+\\.")
                .doesNotContain("Exception");
        assertThat(app.bean(MongoEventStorageEngine.class).durablePosition()).isEqualTo(written);

        List<ILoggingEvent> lines = log.list.stream().filter(e -> e.getThreadName().startsWith("http-")).toList();
        assertThat(lines).as("log of the refusal: %s", lines.stream()
                .map(e -> e.getLoggerName() + ": " + e.getFormattedMessage()).toList()).hasSize(1);
        assertThat(lines.get(0).getThrowableProxy()).as("stack trace").isNull();
        assertThat(lines.get(0).getFormattedMessage()).doesNotContain("\n").contains(code);
    }

    private static JsonNode json(String body) {
        try {
            return ApiClient.JSON.readTree(body);
        } catch (java.io.IOException e) {
            throw new AssertionError("not JSON: " + body, e);
        }
    }

    private static ListAppender<ILoggingEvent> captureLog() {
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.setContext((LoggerContext) LoggerFactory.getILoggerFactory());
        appender.start();
        root().addAppender(appender);
        return appender;
    }

    private static void release(ListAppender<ILoggingEvent> appender) {
        root().detachAppender(appender);
        appender.stop();
    }

    private static Logger root() {
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        if (root.getLevel() == null) root.setLevel(Level.INFO);
        return root;
    }
}
