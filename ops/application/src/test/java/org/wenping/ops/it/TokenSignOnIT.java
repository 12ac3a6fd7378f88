package org.wenping.ops.it;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Date;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sign-on with tokens of a central identity service: a JWT signed with a key the application is configured to
 * trust signs its user on with role, unit and 行政区划 from its claims; any other token is 401 with a code.
 * The demo users keep signing on with HTTP Basic beside it.
 */
class TokenSignOnIT {
    private static final String ISSUER = "https://idp.gansu.example/realms/gov";

    @TempDir
    static Path dataDir;
    private static KeyPair trusted;
    private static HttpServer identityService;
    private static RunningApp app;

    /** The identity service's key set, served as it would be at its {@code jwks_uri}. */
    @BeforeAll
    static void start() throws GeneralSecurityException, IOException {
        trusted = rsaKeyPair();
        byte[] keySet = new JWKSet(new RSAKey.Builder((RSAPublicKey) trusted.getPublic()).keyID("k1").build())
                .toString().getBytes(StandardCharsets.UTF_8);
        identityService = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        identityService.createContext("/jwks", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, keySet.length);
            exchange.getResponseBody().write(keySet);
            exchange.close();
        });
        identityService.start();
        app = RunningApp.start(dataDir,
                "spring.security.oauth2.resourceserver.jwt.jwk-set-uri=http://127.0.0.1:"
                        + identityService.getAddress().getPort() + "/jwks",
                "spring.security.oauth2.resourceserver.jwt.issuer-uri=" + ISSUER,
                "wenping.security.token-claims.role=gov_role",
                "wenping.security.token-claims.unit=gov_unit",
                "wenping.security.token-claims.jurisdiction=gov_region");
    }

    @AfterAll
    static void stop() {
        if (app != null) app.close();
        if (identityService != null) identityService.stop(0);
    }

    @Test
    void aTokenSignedByTheTrustedKeySignsItsUserOnWithRoleUnitAndJurisdictionFromItsClaims() {
        ApiClient assessor = ApiClient.bearer(app.port, token(trusted, ISSUER, Instant.now().plusSeconds(300),
                Map.of("gov_role", "ASSESSOR", "gov_unit", "敦煌市发改委", "gov_region", "620982", "name", "钱统一")));
        ApiClient.Response created = assessor.post("/api/matters", MatterHttpIT.AIRPORT);
        assertThat(created.status()).isEqualTo(201);

        ApiClient.Response events = app.as("archivist").get("/api/matters/" + created.json().get("id").asText() + "/events");
        assertThat(events.json().get(0).at("/actor/userId").asText()).isEqualTo("zhao.tongyi");
        assertThat(events.json().get(0).at("/actor/displayName").asText()).isEqualTo("钱统一");
        assertThat(events.json().get(0).at("/actor/role").asText()).isEqualTo("ASSESSOR");
        assertThat(events.json().get(0).at("/actor/unit").asText()).isEqualTo("敦煌市发改委");
        assertThat(events.json().get(0).at("/actor/jurisdiction").asText()).isEqualTo("620982");
    }

    @Test
    void theTokensJurisdictionBoundsWhatItsUserMayDo() {
        ApiClient elsewhere = ApiClient.bearer(app.port, token(trusted, ISSUER, Instant.now().plusSeconds(300),
                Map.of("gov_role", "ASSESSOR", "gov_unit", "兰州市发改委", "gov_region", "620100")));
        ApiClient.Response refused = elsewhere.post("/api/matters", MatterHttpIT.AIRPORT);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().get("code").asText()).isEqualTo("R9_OUTSIDE_JURISDICTION");
    }

    @Test
    void aTokenSignedByAnotherKeyIsRefused() throws GeneralSecurityException {
        assertRefused(token(rsaKeyPair(), ISSUER, Instant.now().plusSeconds(300), assessorClaims()), "TOKEN_INVALID");
    }

    @Test
    void anExpiredTokenIsRefused() {
        assertRefused(token(trusted, ISSUER, Instant.now().minusSeconds(600), assessorClaims()), "TOKEN_INVALID");
    }

    @Test
    void aTokenOfAnotherIssuerIsRefused() {
        assertRefused(token(trusted, "https://elsewhere.example", Instant.now().plusSeconds(300), assessorClaims()),
                "TOKEN_INVALID");
    }

    @Test
    void aTokenWithoutARoleOrWithARoleNotOursIsRefused() {
        assertRefused(token(trusted, ISSUER, Instant.now().plusSeconds(300),
                Map.of("gov_unit", "市发改委", "gov_region", "620900")), "TOKEN_CLAIMS_INVALID");
        assertRefused(token(trusted, ISSUER, Instant.now().plusSeconds(300),
                Map.of("gov_role", "ROOT", "gov_unit", "市发改委", "gov_region", "620900")), "TOKEN_CLAIMS_INVALID");
        assertRefused(token(trusted, ISSUER, Instant.now().plusSeconds(300),
                Map.of("gov_role", "ASSESSOR", "gov_unit", "市发改委", "gov_region", "62")), "TOKEN_CLAIMS_INVALID");
    }

    @Test
    void notAJwtAtAllIsRefused() {
        assertRefused("not-a-token", "TOKEN_INVALID");
    }

    @Test
    void theDemoUsersStillSignOnWithHttpBasic() {
        assertThat(app.as("archivist").get("/api/matters").status()).isEqualTo(200);
    }

    private static void assertRefused(String token, String code) {
        ApiClient.Response refused = ApiClient.bearer(app.port, token).get("/api/matters");
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.json().get("code").asText()).isEqualTo(code);
        assertThat(refused.header("WWW-Authenticate")).startsWith("Bearer");
    }

    private static Map<String, Object> assessorClaims() {
        return Map.of("gov_role", "ASSESSOR", "gov_unit", "市发改委", "gov_region", "620900");
    }

    private static String token(KeyPair key, String issuer, Instant expires, Map<String, Object> claims) {
        JWTClaimsSet.Builder set = new JWTClaimsSet.Builder().subject("zhao.tongyi").issuer(issuer)
                .issueTime(Date.from(expires.minusSeconds(900))).expirationTime(Date.from(expires));
        claims.forEach(set::claim);
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("k1").build(), set.build());
        try {
            jwt.sign(new RSASSASigner((RSAPrivateKey) key.getPrivate()));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }

    private static KeyPair rsaKeyPair() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return generator.generateKeyPair();
    }
}
