package org.wenping.ops.security;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.jwt.Jwt;
import org.wenping.kernel.actor.Actor;
import org.wenping.kernel.actor.Role;
import org.wenping.kernel.jurisdiction.JurisdictionCode;

import java.util.Arrays;

/**
 * Turns a verified token into the same principal a configured user gets ({@link WenpingUser}), so that commands
 * are recorded under one kind of {@link Actor} whichever way the user signed on. A token lacking a claim, or
 * naming no role or 行政区划 of ours, signs nobody on: 401 {@code TOKEN_CLAIMS_INVALID}.
 */
final class TokenActor implements Converter<Jwt, AbstractAuthenticationToken> {
    /** The OAuth2 error code under which a claim problem travels to the entry point. */
    static final String CLAIMS_INVALID = "wenping_claims_invalid";

    private final TokenClaims claims;

    TokenActor(TokenClaims claims) {
        this.claims = claims;
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt token) {
        String userId = required(token, claims.userId());
        String displayName = token.hasClaim(claims.displayName()) ? token.getClaimAsString(claims.displayName()) : userId;
        Role role = role(required(token, claims.role()));
        String jurisdiction = required(token, claims.jurisdiction());
        if (!JurisdictionCode.isValid(jurisdiction)) throw invalid("声明“" + claims.jurisdiction() + "”不是6位行政区划代码");
        Actor actor = new Actor(userId, displayName, role, required(token, claims.unit()), new JurisdictionCode(jurisdiction));
        return new SignedOnUser(new WenpingUser(actor, null), token);
    }

    private String required(Jwt token, String claim) {
        String value = token.getClaimAsString(claim);
        if (value == null || value.isBlank()) throw invalid("令牌缺少声明“" + claim + "”");
        return value;
    }

    private Role role(String name) {
        return Arrays.stream(Role.values()).filter(role -> role.name().equals(name)).findFirst()
                .orElseThrow(() -> invalid("声明“" + claims.role() + "”不是本系统的角色: " + name));
    }

    private static OAuth2AuthenticationException invalid(String detail) {
        return new OAuth2AuthenticationException(new OAuth2Error(CLAIMS_INVALID, detail, null), detail);
    }
}
