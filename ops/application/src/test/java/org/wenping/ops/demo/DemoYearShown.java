package org.wenping.ops.demo;

import com.fasterxml.jackson.databind.JsonNode;
import org.wenping.ops.it.TestApps;
import org.wenping.ops.replay.ProjectionRebuilds;

import java.time.YearMonth;
import java.util.List;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wenping.ops.replay.ReadModelSnapshots.awaitCaughtUp;

/**
 * What the supervisors, archivists and inspectors see of the loaded demo year: every accountability flag raised on
 * some matter, each counted in the statistics and the monthly table, the late and missing yearly lists and monthly
 * reports, a correction beside what it corrects in a dossier, and the decision that overrode the grade.
 */
final class DemoYearShown {
    static final List<String> FLAGS = List.of("ASSESSMENT_NOT_USED", "LATE_FILING", "MISSING_FILING",
            "INCIDENT_AFTER_DECISION", "MEASURE_NOT_CARRIED_OUT");

    private DemoYearShown() {
    }

    static void assertEveryFeatureShows(DemoApp app, String correctedMatter, String overriddenMatter) throws Exception {
        awaitCaughtUp(app.bean(ProjectionRebuilds.class));
        TestApps.Client supervisor = app.as("supervisor");
        for (String flag : FLAGS) {
            int flagged = supervisor.get("/api/matters?flag=" + flag).json().get("total").asInt();
            System.out.printf("演示数据:flag=%s 共 %d 项%n", flag, flagged);
            assertThat(flagged).as(flag).isPositive();
        }
        JsonNode stats = supervisor.get("/api/stats").json();
        assertThat(stats.at("/assessmentNotUsed/count").asInt()).isEqualTo(2);
        assertThat(stats.at("/lateFilings/count").asInt()).isPositive();
        assertThat(stats.at("/overdueFilings/count").asInt()).isPositive();
        assertThat(stats.at("/incidentsAfterDecision/matters").asInt()).isPositive();
        assertThat(stats.at("/openRisks/count").asInt()).isPositive();
        for (String column : List.of("assessmentNotUsed", "filing.LATE", "filing.MISSING", "incidents")) {
            assertThat(yearTotal(supervisor, column)).as("月报表 " + column).isPositive();
        }
        assertThat(statuses(supervisor.get("/api/assessment-lists?year=2026").json(), "filingStatus"))
                .contains("LATE", "MISSING");
        JsonNode flaggedReports = supervisor.get("/api/monthly-reports/flagged?year=2026").json();
        assertThat(statuses(flaggedReports, "status")).contains("LATE", "MISSING");
        assertThat(flaggedReports.toString()).contains("瞒报嫌疑");

        TestApps.Client archivist = app.as("archivist");
        JsonNode entries = archivist.get("/api/matters/" + correctedMatter + "/dossier").json().get("entries");
        JsonNode correction = stream(entries).filter(entry -> !entry.get("corrects").isNull()).findFirst().orElseThrow();
        JsonNode corrected = stream(entries)
                .filter(entry -> entry.get("eventId").asText().equals(correction.at("/corrects/eventId").asText()))
                .findFirst().orElseThrow();
        assertThat(corrected.get("sequence").asLong()).isLessThan(correction.get("sequence").asLong());
        assertThat(corrected.at("/correctedBy/0/eventId").asText()).isEqualTo(correction.get("eventId").asText());
        assertThat(corrected.at("/correctedBy/0/reason").asText()).isEqualTo(correction.at("/corrects/reason").asText());
        assertThat(archivist.get("/api/matters/" + overriddenMatter + "/dossier").json().toString()).contains("评而不用,理由:");
    }

    private static int yearTotal(TestApps.Client reader, String column) {
        int total = 0;
        for (int month = 1; month <= 11; month++) {
            JsonNode table = reader.get("/api/stats/monthly?month=" + YearMonth.of(2026, month)).json();
            total += table.at("/total/counts").path(column).asInt();
        }
        return total;
    }

    private static List<String> statuses(JsonNode array, String field) {
        return stream(array).map(node -> node.get(field).asText()).toList();
    }

    private static java.util.stream.Stream<JsonNode> stream(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false);
    }
}
