package org.wenping.ops.it;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.wenping.kernel.actor.Action;
import org.wenping.kernel.actor.Permissions;
import org.wenping.kernel.actor.Role;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every role on every endpoint against the permission table: a role the table ({@link Permissions}) does not grant an
 * endpoint's action is refused for its role (403 {@code R9_ROLE_NOT_PERMITTED} or {@code FORBIDDEN}); a role it
 * grants is never refused for its role (it may still meet the record's stage, 404 or 409). The endpoints come from
 * the running application's mappings; commands name their action in {@link CommandSamples}, reads are
 * {@link Action#READ_RECORDS}, operations {@link Action#OPERATE_SYSTEM} and the integrity report
 * {@link Action#VERIFY_INTEGRITY}.
 */
class PermissionMatrixIT {
    private static final Set<String> ROLE_REFUSALS = Set.of("R9_ROLE_NOT_PERMITTED", "FORBIDDEN");

    @TempDir
    static Path dataDir;
    static RunningApp app;
    static String matter;
    static String expert;
    static String agency;
    static String list;
    static String legalCase;
    static String inquiry;

    @BeforeAll
    static void start() {
        app = RunningApp.start(dataDir);
        matter = app.as("assessor").post("/api/matters", MatterHttpIT.AIRPORT).json().get("id").asText();
        expert = app.as("supervisor").post("/api/experts", CommandSamples.BY_ENDPOINT.get("POST /api/experts").body())
                .json().get("id").asText();
        agency = app.as("supervisor").post("/api/agencies", CommandSamples.BY_ENDPOINT.get("POST /api/agencies").body())
                .json().get("id").asText();
        list = app.as("assessor").post("/api/assessment-lists",
                CommandSamples.BY_ENDPOINT.get("POST /api/assessment-lists").body()).json().get("id").asText();
        legalCase = app.as("handler").post("/api/cases", CommandSamples.CASE).json().get("id").asText();
        inquiry = app.as("inspector").post("/api/inquiries", bodyOf("POST /api/inquiries")).json().get("id").asText();
    }

    /** The endpoint's sample, naming the matter recorded here where it names one. */
    private static String bodyOf(String endpoint) {
        CommandSamples.Sample sample = CommandSamples.BY_ENDPOINT.get(endpoint);
        return sample == null ? "{}" : sample.body().replace("\"m-1\"", "\"" + matter + "\"");
    }

    @AfterAll
    static void stop() {
        if (app != null) app.close();
    }

    static Stream<Arguments> matrix() {
        List<Arguments> cases = new ArrayList<>();
        for (String endpoint : MappedEndpoints.of(app)) {
            Action action = action(endpoint);
            for (Role role : Role.values()) {
                cases.add(Arguments.of(endpoint, role, Permissions.scope(role, action).isPresent()));
            }
        }
        return cases.stream();
    }

    private static Action action(String endpoint) {
        CommandSamples.Sample sample = CommandSamples.BY_ENDPOINT.get(endpoint);
        if (sample != null) return sample.action();
        if (endpoint.equals("GET /api/ops/integrity")) return Action.VERIFY_INTEGRITY;
        if (endpoint.startsWith("GET /api/ops/access-log")) return Action.READ_ACCESS_LOG;
        if (endpoint.equals("GET /api/cases/{id}/persons")) return Action.READ_PERSONAL_DATA;
        if (endpoint.contains(" /api/ops/")) return Action.OPERATE_SYSTEM;
        assertThat(endpoint).as("a command endpoint without a sample in CommandSamples").startsWith("GET ");
        return Action.READ_RECORDS;
    }

    @ParameterizedTest(name = "{0} as {1}: granted {2}")
    @MethodSource("matrix")
    void theRoleIsAllowedExactlyWhereThePermissionTableGrantsIt(String endpoint, Role role, boolean granted) {
        String method = endpoint.substring(0, endpoint.indexOf(' '));
        String path = endpoint.substring(endpoint.indexOf(' ') + 1).replace("/api/matters/{id}", "/api/matters/" + matter)
                .replace("/api/experts/{id}", "/api/experts/" + expert).replace("/api/agencies/{id}", "/api/agencies/" + agency)
                .replace("/api/assessment-lists/{id}", "/api/assessment-lists/" + list)
                .replace("/api/cases/{id}", "/api/cases/" + legalCase).replace("/api/inquiries/{id}", "/api/inquiries/" + inquiry)
                .replaceAll("\\{[A-Za-z]+}", "1");
        ApiClient client = app.as(CommandSamples.demoUser(role));
        ApiClient.Response response = switch (method) {
            case "GET" -> client.get(path);
            case "DELETE" -> client.delete(path);
            default -> client.post(path, bodyOf(endpoint));
        };
        boolean refusedForRole = response.status() == 403 && ROLE_REFUSALS.contains(response.json().path("code").asText());
        assertThat(refusedForRole).as("%s %s", response.status(), response.body()).isEqualTo(!granted);
    }
}
