package org.wenping.ops.it;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.info.BuildProperties;
import org.wenping.kernel.actor.Action;
import org.wenping.kernel.actor.Permissions;
import org.wenping.kernel.actor.Role;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The API description at {@code /v3/api-docs} is valid OpenAPI 3, carries the build's title and version, both ways
 * of signing on, zh-CN texts for every endpoint and tag, list filters as their own parameters and the lifecycle
 * guide's examples; and for every endpoint the running application maps, what it answers — to its valid sample
 * ({@link CommandSamples}) as a role the permission table grants it, to a role it does not, on a record never
 * recorded and without credentials — is a documented status and, for a refusal, a documented problem code.
 */
class OpenApiDocumentIT {
    private static final String UNKNOWN = "00000000-0000-4000-8000-000000000000";

    @TempDir
    static Path dataDir;
    static RunningApp app;
    static SampleRecords records;
    static String document;
    static JsonNode api;

    @BeforeAll
    static void start() {
        app = RunningApp.start(dataDir);
        records = SampleRecords.recordIn(app);
        ApiClient.Response described = app.as("archivist").get("/v3/api-docs");
        assertThat(described.status()).as(described.body()).isEqualTo(200);
        document = described.body();
        api = described.json();
        try {
            // What the application serves, kept beside the test's report for a reader.
            java.nio.file.Files.writeString(Path.of("target", "openapi.json"), document);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @AfterAll
    static void stop() {
        if (app != null) app.close();
    }

    @Test
    void theDocumentIsValidOpenApi3WithTheBuildsTitleAndVersion() {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(document, null, options);
        assertThat(parsed.getMessages()).as("the parser's findings").isEmpty();
        assertThat(parsed.getOpenAPI().getOpenapi()).startsWith("3.");
        BuildProperties build = app.bean(BuildProperties.class);
        assertThat(api.at("/info/title").asText()).isEqualTo("稳评 Wenping 接口").isEqualTo(build.get("title"));
        assertThat(api.at("/info/version").asText()).isEqualTo(build.getVersion());
    }

    @Test
    void bothWaysOfSigningOnAreDeclaredAndAccepted() {
        assertThat(api.at("/components/securitySchemes/basic/scheme").asText()).isEqualTo("basic");
        assertThat(api.at("/components/securitySchemes/bearer/scheme").asText()).isEqualTo("bearer");
        assertThat(api.at("/components/securitySchemes/bearer/bearerFormat").asText()).isEqualTo("JWT");
        assertThat(api.at("/security").toString()).isEqualTo("[{\"basic\":[]},{\"bearer\":[]}]");
        assertThat(api.at("/paths/~1checkpoint/get/security").toString()).as("published for outsiders").isEqualTo("[]");
        assertThat(api.path("paths").has("/error")).isFalse();
    }

    @Test
    void everyEndpointAndTagIsDescribedInChinese() {
        Set<String> tags = new TreeSet<>();
        api.path("tags").forEach(tag -> {
            assertThat(tag.path("description").asText()).as(tag.toString()).containsPattern("\\p{IsHan}");
            tags.add(tag.path("name").asText());
        });
        List<String> undescribed = new ArrayList<>();
        for (String endpoint : MappedEndpoints.of(app)) {
            JsonNode operation = operation(endpoint);
            if (!operation.path("summary").asText().matches(".*\\p{IsHan}.*")
                    || !tags.contains(operation.at("/tags/0").asText())) undescribed.add(endpoint);
        }
        assertThat(undescribed).as("endpoints without a zh-CN summary or a described tag").isEmpty();
    }

    @Test
    void theListFiltersAreQueryParametersOfTheirOwn() {
        List<String> parameters = new ArrayList<>();
        operation("GET /api/matters").path("parameters").forEach(parameter -> {
            assertThat(parameter.path("in").asText()).isEqualTo("query");
            assertThat(parameter.path("required").asBoolean()).as(parameter.toString()).isFalse();
            parameters.add(parameter.path("name").asText());
        });
        assertThat(parameters).doesNotContain("filter").contains("stage", "year", "jurisdiction", "flag", "page", "size");
    }

    @Test
    void aRegistrationIsDocumentedAs201WithTheLifecycleGuidesExample() {
        JsonNode register = operation("POST /api/matters");
        assertThat(register.path("responses").has("201")).isTrue();
        assertThat(register.path("responses").has("200")).isFalse();
        assertThat(register.at("/requestBody/content/application~1json/examples").findValuesAsText("title"))
                .contains("敦煌机场扩建项目");
    }

    @Test
    void swaggerUiAndTheDescriptionAnswerASignedOnBrowser() {
        SignedOnSession session = SignedOnSession.signOn(app.port, "archivist", "demo");
        assertThat(session.get("/swagger-ui.html").statusCode()).isEqualTo(302);
        assertThat(session.get("/swagger-ui/index.html").body()).contains("swagger-initializer.js");
        assertThat(session.get("/v3/api-docs/swagger-config").statusCode()).isEqualTo(200);
        assertThat(session.get("/v3/api-docs").body()).contains("稳评 Wenping 接口");
    }

    /** Under the Content-Security-Policy (no inline script), Swagger UI renders the description for a signed-on user. */
    @Test
    void swaggerUiShowsTheDescriptionInABrowser(@TempDir Path profile) {
        Browser browser = Browser.start(profile);
        try {
            WebDriver page = browser.driver();
            WebDriverWait wait = new WebDriverWait(page, Duration.ofSeconds(30));
            page.get("http://127.0.0.1:" + app.port + "/swagger-ui.html");
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username"))).sendKeys("archivist");
            page.findElement(By.id("password")).sendKeys("demo");
            page.findElement(By.cssSelector("#login-form button")).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("signed-in")));
            page.get("http://127.0.0.1:" + app.port + "/swagger-ui.html");
            assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".info .title"))).getText())
                    .contains("稳评 Wenping 接口");
            assertThat(page.findElements(By.cssSelector(".opblock-tag"))).extracting(WebElement::getText)
                    .anySatisfy(tag -> assertThat(tag).contains("重大事项"));
            assertThat(page.findElements(By.cssSelector(".auth-wrapper .authorize"))).isNotEmpty();
        } catch (RuntimeException e) {
            browser.screenshot(Browser.FAILURES.resolve("swaggerUi.png"));
            throw e;
        } finally {
            browser.quit();
        }
    }

    static Set<String> endpoints() {
        return MappedEndpoints.of(app);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endpoints")
    void whatTheEndpointAnswersIsDocumented(String endpoint) {
        Action action = SampleRecords.action(endpoint);
        List<ApiClient.Response> answers = new ArrayList<>();
        answers.add(records.send(app.as(firstRole(action, true)), endpoint));
        Arrays.stream(Role.values()).filter(role -> Permissions.scope(role, action).isEmpty()).findFirst()
                .ifPresent(refused -> answers.add(records.send(app.as(CommandSamples.demoUser(refused)), endpoint)));
        if (endpoint.contains("{id}")) {
            answers.add(records.send(app.as(firstRole(action, true)), endpoint,
                    records.path(endpoint.replace("{id}", UNKNOWN))));
        }
        answers.add(records.send(ApiClient.anonymous(app.port), endpoint));
        JsonNode responses = operation(endpoint).path("responses");
        for (ApiClient.Response answer : answers) {
            String status = String.valueOf(answer.status());
            assertThat(responses.has(status)).as("%s answered %s %s; documented %s", endpoint, status, answer.body(),
                    responses.properties().stream().map(java.util.Map.Entry::getKey).toList()).isTrue();
            if (answer.status() >= 400) {
                List<String> codes = new ArrayList<>();
                responses.path(status).path("x-problem-codes").forEach(code -> codes.add(code.asText()));
                assertThat(codes).as("%s answered %s %s", endpoint, status, answer.body())
                        .contains(answer.json().path("code").asText());
            }
        }
    }

    private static String firstRole(Action action, boolean granted) {
        return CommandSamples.demoUser(Arrays.stream(Role.values())
                .filter(role -> Permissions.scope(role, action).isPresent() == granted).findFirst().orElseThrow());
    }

    private static JsonNode operation(String endpoint) {
        String method = endpoint.substring(0, endpoint.indexOf(' ')).toLowerCase(Locale.ROOT);
        JsonNode operation = api.path("paths").path(endpoint.substring(endpoint.indexOf(' ') + 1)).path(method);
        assertThat(operation.isMissingNode()).as("%s is not in the description", endpoint).isFalse();
        return operation;
    }
}
