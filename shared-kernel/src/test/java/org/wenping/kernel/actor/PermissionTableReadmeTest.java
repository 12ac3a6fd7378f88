package org.wenping.kernel.actor;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** README prints the permission table exactly as {@link Permissions} states it; this fails when it drifts. */
class PermissionTableReadmeTest {
    private static final Path README = Path.of("..", "README.md");
    private static final String BEGIN = "<!-- permission table: generated from Permissions, checked by PermissionTableReadmeTest -->\n";
    private static final String END = "<!-- end of permission table -->";

    static String table() {
        StringBuilder table = new StringBuilder("| action | ")
                .append(Arrays.stream(Role.values()).map(role -> role.label() + " " + role.name())
                        .collect(Collectors.joining(" | ")))
                .append(" |\n|---|").append("---|".repeat(Role.values().length)).append('\n');
        for (Action action : Action.values()) {
            table.append("| ").append(action.label()).append(" `").append(action.name()).append("` | ")
                    .append(Arrays.stream(Role.values())
                            .map(role -> Permissions.scope(role, action).map(Scope::label).orElse("—"))
                            .collect(Collectors.joining(" | ")))
                    .append(" |\n");
        }
        return table.toString();
    }

    @Test
    void readmePrintsThePermissionTable() throws IOException {
        String readme = Files.readString(README);
        int begin = readme.indexOf(BEGIN);
        int end = readme.indexOf(END);
        assertThat(begin).as("README.md marks where the permission table goes").isNotNegative();
        assertThat(readme.substring(begin + BEGIN.length(), end))
                .as("README.md's permission table is out of date; replace it with:%n%s", table())
                .isEqualTo(table());
    }

    @Test
    void everyActionIsGrantedToSomeRole() {
        for (Action action : Action.values()) {
            assertThat(Permissions.grants(action)).as(action.name()).isNotEmpty();
        }
    }
}
