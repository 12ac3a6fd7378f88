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
    static SampleRecords records;

    @BeforeAll
    static void start() {
        app = RunningApp.start(dataDir);
        records = SampleRecords.recordIn(app);
    }

    @AfterAll
    static void stop() {
        if (app != null) app.close();
    }

    static Stream<Arguments> matrix() {
        List<Arguments> cases = new ArrayList<>();
        for (String endpoint : MappedEndpoints.of(app)) {
            Action action = SampleRecords.action(endpoint);
            for (Role role : Role.values()) {
                cases.add(Arguments.of(endpoint, role, Permissions.scope(role, action).isPresent()));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} as {1}: granted {2}")
    @MethodSource("matrix")
    void theRoleIsAllowedExactlyWhereThePermissionTableGrantsIt(String endpoint, Role role, boolean granted) {
        ApiClient.Response response = records.send(app.as(CommandSamples.demoUser(role)), endpoint);
        boolean refusedForRole = response.status() == 403 && ROLE_REFUSALS.contains(response.json().path("code").asText());
        assertThat(refusedForRole).as("%s %s", response.status(), response.body()).isEqualTo(!granted);
    }
}
