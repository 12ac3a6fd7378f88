package org.wenping.ops.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code wenping.security.token-claims}: the names of the claims of a signed-on user's token (OIDC access or ID
 * token from the central identity service) that carry who the user is. Identity services name them differently;
 * the defaults are the OIDC standard names where one exists and {@code wenping_*} where none does.
 */
@ConfigurationProperties("wenping.security.token-claims")
record TokenClaims(String userId, String displayName, String role, String unit, String jurisdiction) {
    TokenClaims {
        userId = orDefault(userId, "sub");
        displayName = orDefault(displayName, "name");
        role = orDefault(role, "wenping_role");
        unit = orDefault(unit, "wenping_unit");
        jurisdiction = orDefault(jurisdiction, "wenping_jurisdiction");
    }

    private static String orDefault(String configured, String standard) {
        return configured == null || configured.isBlank() ? standard : configured;
    }
}
