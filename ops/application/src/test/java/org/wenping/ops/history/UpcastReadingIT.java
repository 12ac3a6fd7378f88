package org.wenping.ops.history;

import com.fasterxml.jackson.databind.JsonNode;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wenping.ops.it.TestApps;
import org.wenping.ops.store.MongoEventStorageEngine;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One way to read the record: with a test-only upcaster from revision 1 to 2 of MatterRegisteredEvent, every
 * reader of a matter's stream (the events endpoint, the dossier, the accountability timeline, the status and
 * person-actions projections) shows the upcast form, while the store keeps revision 1 as written. The readers
 * are checked softly, so a failure names every one that bypasses the chain.
 */
class UpcastReadingIT {
    private static final String STORED = "敦煌机场扩建项目";
    private static final String UPCAST = STORED + RetitlingUpcaster.MARK;

    @TempDir
    Path dataDir;

    @Test
    void everyReaderOfTheStreamReadsTheUpcastForm() {
        try (TestApps.App app = TestApps.start(dataDir,
                context -> context.registerBean(RetitlingUpcaster.class, RetitlingUpcaster::new))) {
            String id = app.as("assessor").post("/api/matters", TestApps.matter(STORED)).json().get("id").asText();
            TestApps.Client archivist = app.as("archivist");

            SoftAssertions softly = new SoftAssertions();
            JsonNode status = archivist.await("/api/matters/" + id, r -> r.status() == 200).json();
            softly.assertThat(status.get("title").asText()).isEqualTo(UPCAST);

            JsonNode registered = archivist.get("/api/matters/" + id + "/events").json().get(0);
            softly.assertThat(registered.get("revision").asText()).isEqualTo("2");
            softly.assertThat(registered.at("/payload/title").asText()).isEqualTo(UPCAST);
            softly.assertThat(registered.get("hash").asText()).isNotBlank();

            JsonNode dossier = archivist.get("/api/matters/" + id + "/dossier").json();
            softly.assertThat(dossier.at("/facts/title").asText()).isEqualTo(UPCAST);
            softly.assertThat(dossier.at("/entries/0/description").asText()).startsWith("立项:“" + UPCAST + "”");

            JsonNode timeline = archivist.get("/api/matters/" + id + "/accountability").json();
            softly.assertThat(timeline.get("title").asText()).isEqualTo(UPCAST);
            softly.assertThat(timeline.at("/steps/0/action").asText()).startsWith("立项:“" + UPCAST + "”");

            JsonNode person = archivist.await("/api/people/assessor/accountability",
                    r -> r.json().get("actionCount").asInt() == 1).json();
            softly.assertThat(person.at("/matters/0/matterTitle").asText()).isEqualTo(UPCAST);
            softly.assertThat(person.at("/matters/0/actions/0/action").asText()).startsWith("立项:“" + UPCAST + "”");

            softly.assertAll();

            var stored = app.bean(MongoEventStorageEngine.class).streamOf(id, 0, 1).get(0);
            assertThat(stored.revision()).isEqualTo("1");
            assertThat(stored.payload().get("title").asText()).isEqualTo(STORED);
        }
    }
}
