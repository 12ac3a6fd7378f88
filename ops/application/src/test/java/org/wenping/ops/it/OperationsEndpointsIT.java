package org.wenping.ops.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an operator and a load balancer read: health with its components and its liveness and readiness
 * groups open to all (details for admin only), metrics and the Prometheus endpoint for admin only, with the
 * store's, the projections' and Axon's meters.
 */
class OperationsEndpointsIT {
    @TempDir
    Path dataDir;

    @Test
    void healthShowsEachComponentAndTheProbeGroupsWhileMetricsAreForAdminOnly() {
        try (RunningApp app = RunningApp.start(dataDir)) {
            app.as("assessor").post("/api/matters", TestApps.matter("运维端点事项"));
            ApiClient anonymous = ApiClient.anonymous(app.port);
            ApiClient admin = app.as("admin");

            JsonNode health = anonymous.await("/actuator/health", r -> r.status() == 200).json();
            assertThat(health.get("components").fieldNames()).toIterable()
                    .contains("store", "durableHead", "processors", "integrity");
            assertThat(health.at("/components/processors/components/matter-status/status").asText()).isEqualTo("UP");
            assertThat(health.at("/components/store/details").isMissingNode()).isTrue();
            assertThat(admin.get("/actuator/health").json().at("/components/durableHead/details/position").asLong()).isPositive();
            assertThat(anonymous.get("/actuator/health/liveness").status()).isEqualTo(200);
            assertThat(anonymous.await("/actuator/health/readiness", r -> r.status() == 200).json()
                    .get("components").fieldNames()).toIterable().contains("store", "processors");

            ApiClient.Response prometheus = admin.get("/actuator/prometheus");
            assertThat(prometheus.status()).isEqualTo(200);
            assertThat(prometheus.body()).contains("wenping_store_append_seconds_count", "wenping_store_group_size_commits",
                    "wenping_store_durable_commit_seconds", "wenping_projection_lag_events{", "processor=\"matter-status\"");
            assertThat(prometheus.body()).containsPattern("(?m)^(eventProcessor|commandHandling|eventStore)\\w*");
            for (String path : new String[]{"/actuator/prometheus", "/actuator/metrics", "/actuator/info"}) {
                assertThat(app.as("supervisor").get(path).status()).as(path).isEqualTo(403);
                assertThat(anonymous.get(path).status()).as(path).isEqualTo(401);
            }
        }
    }
}
