package org.wenping.ops.it;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The edge as a browser and a password guesser meet it: the security headers on every answer, what answers
 * without a user, and sign-in throttling. Behind a proxy (forwarded headers trusted from loopback), so that a test
 * can speak from several client addresses and over TLS.
 */
class EdgeSecurityIT {
    @TempDir
    static Path dataDir;
    private static RunningApp app;

    @BeforeAll
    static void start() {
        app = RunningApp.start(dataDir, "spring.profiles.active=demo,lanzhou", "server.forward-headers-strategy=native",
                "wenping.security.sign-in.max-failures-per-account=3",
                "wenping.security.sign-in.max-failures-per-address=5");
    }

    @AfterAll
    static void stop() {
        if (app != null) app.close();
    }

    @Test
    void everyAnswerCarriesTheBrowserPolicyAndNoInlineScriptIsAllowed() {
        for (ApiClient.Response answer : new ApiClient.Response[] {
                app.as("archivist").get("/api/matters"), ApiClient.anonymous(app.port).get("/api/matters")}) {
            String csp = answer.header("Content-Security-Policy");
            assertThat(csp).contains("default-src 'self'", "script-src 'self'", "style-src 'self'",
                    "object-src 'none'", "frame-ancestors 'none'", "base-uri 'self'");
            assertThat(csp).doesNotContain("unsafe-inline", "unsafe-eval", "*");
            assertThat(answer.header("Referrer-Policy")).isEqualTo("same-origin");
            assertThat(answer.header("Permissions-Policy")).contains("camera=()", "geolocation=()", "microphone=()");
            assertThat(answer.header("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(answer.header("X-Frame-Options")).isEqualTo("DENY");
            assertThat(answer.header("Strict-Transport-Security")).as("never over plain HTTP").isNull();
        }
    }

    @Test
    void strictTransportSecurityIsSentOverTls() {
        ApiClient.Response overTls = app.as("archivist").get("/api/matters", "X-Forwarded-Proto", "https");
        assertThat(overTls.header("Strict-Transport-Security")).isEqualTo("max-age=31536000 ; includeSubDomains");
    }

    @Test
    void onlyHealthAndThePublishedCheckpointAnswerWithoutAUser() {
        ApiClient anonymous = ApiClient.anonymous(app.port);
        assertThat(anonymous.get("/actuator/health").status()).isEqualTo(200);
        assertThat(anonymous.await("/checkpoint", r -> r.status() == 200).status()).isEqualTo(200);
        // A page (Swagger UI's too) sends the browser to the sign-in page instead.
        ApiClient.Response page = anonymous.get("/swagger-ui.html");
        assertThat(page.status()).isEqualTo(302);
        assertThat(page.header("Location")).endsWith("/login");
        for (String path : new String[] {"/v3/api-docs", "/actuator/metrics", "/actuator/info",
                "/api/matters", "/api/ops/projections", "/api/live", "/anything"}) {
            ApiClient.Response refused = anonymous.get(path);
            assertThat(refused.status()).as(path).isEqualTo(401);
            assertThat(refused.json().get("code").asText()).as(path).isEqualTo("UNAUTHENTICATED");
        }
    }

    @Test
    void theSystemsOwnActionsAreForUsersOfTheWholeInstallationOnly() {
        for (String outsider : new String[] {"county-admin", "lz-admin"}) {
            assertThat(app.as(outsider).get("/api/ops/dead-letters").status()).as(outsider).isEqualTo(403);
            assertThat(app.as(outsider).post("/api/ops/projections/all/rebuild", "").status()).as(outsider).isEqualTo(403);
            assertThat(app.as(outsider).get("/api/ops/integrity").status()).as(outsider).isEqualTo(403);
            assertThat(app.as(outsider).get("/actuator/metrics").status()).as(outsider).isEqualTo(403);
        }
        for (String installationWide : new String[] {"admin", "province-admin"}) {
            assertThat(app.as(installationWide).get("/api/ops/dead-letters").status()).as(installationWide).isEqualTo(200);
            assertThat(app.as(installationWide).get("/actuator/metrics").status()).as(installationWide).isEqualTo(200);
        }
        assertThat(app.as("archivist").get("/actuator/metrics").status()).isEqualTo(403);
    }

    @Test
    void anAccountIsLockedAfterItsWrongPasswordsEvenForTheRightOne() {
        ApiClient guesser = new ApiClient(app.port, "decider", "wrong");
        for (int i = 0; i < 3; i++) {
            assertThat(guesser.get("/api/matters", "X-Forwarded-For", "203.0.113.1").status()).isEqualTo(401);
        }
        ApiClient.Response locked = app.as("decider").get("/api/matters", "X-Forwarded-For", "203.0.113.2");
        assertThat(locked.status()).isEqualTo(429);
        assertThat(locked.json().get("code").asText()).isEqualTo("SIGN_IN_THROTTLED");
        assertThat(Long.parseLong(locked.header("Retry-After"))).isBetween(800L, 900L);
        assertThat(app.as("supervisor").get("/api/matters", "X-Forwarded-For", "203.0.113.1").status()).isEqualTo(200);
    }

    @Test
    void anAddressGuessingManyAccountsIsLockedForEveryAccount() {
        for (String user : new String[] {"u1", "u2", "u3", "u4", "u5"}) {
            assertThat(new ApiClient(app.port, user, "x").get("/api/matters", "X-Forwarded-For", "198.51.100.7").status())
                    .isEqualTo(401);
        }
        assertThat(app.as("inspector").get("/api/matters", "X-Forwarded-For", "198.51.100.7").status()).isEqualTo(429);
        assertThat(app.as("inspector").get("/api/matters", "X-Forwarded-For", "198.51.100.8").status()).isEqualTo(200);
    }
}
