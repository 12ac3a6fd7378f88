package org.wenping.ops.mongo;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The database role of a real deployment ({@code ops/mongodb/wenping-role.js}) lets the application append to the
 * record and never change it: find and insert on the event log and its checkpoints, no update or remove there.
 */
class DatabaseRoleScriptTest {
    private static final Path SCRIPT = Path.of("..", "mongodb", "wenping-role.js");

    @Test
    void theEventLogIsAppendOnlyForTheApplication() throws IOException {
        String script = Files.readString(SCRIPT);
        Matcher appendOnly = Pattern.compile("const appendOnly = \\[([^\\]]*)\\]").matcher(script);
        assertThat(appendOnly.find()).isTrue();
        assertThat(appendOnly.group(1)).contains("\"find\"", "\"insert\"")
                .doesNotContain("update", "remove", "drop");
        for (String record : new String[] {"event_commits", "event_checkpoints"}) {
            assertThat(script).contains("collection: \"" + record + "\" }, actions: appendOnly }");
        }
    }

    @Test
    void everyCollectionTheApplicationWritesIsListed() throws IOException {
        String script = Files.readString(SCRIPT);
        for (String collection : new String[] {"event_store_meta", "event_snapshots", "tracking_tokens", "dead_letters",
                "matter_status", "assessment_lists", "monthly_reports", "report_tallies", "matter_status__alt", "read_model_slots"}) {
            assertThat(script).as(collection).contains("collection: \"" + collection + "\"");
        }
    }
}
