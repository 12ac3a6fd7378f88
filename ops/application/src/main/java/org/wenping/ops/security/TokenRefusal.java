package org.wenping.ops.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.wenping.ops.web.ProblemWriter;

import java.io.IOException;

/**
 * A bearer token that signs nobody on, as problem+json: 401 {@code TOKEN_INVALID} when it does not verify (wrong
 * signature, expired, not yet valid, another issuer, not a JWT), 401 {@code TOKEN_CLAIMS_INVALID} when it verifies
 * but does not say who the user is ({@link TokenActor}). Never which check failed in more detail: that helps
 * only a forger.
 */
final class TokenRefusal implements AuthenticationEntryPoint {
    private final ProblemWriter problems;

    TokenRefusal(ProblemWriter problems) {
        this.problems = problems;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        boolean claims = e instanceof OAuth2AuthenticationException oauth
                && TokenActor.CLAIMS_INVALID.equals(oauth.getError().getErrorCode());
        response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
        if (claims) {
            problems.write(request, response, HttpStatus.UNAUTHORIZED, "TOKEN_CLAIMS_INVALID", null, e.getMessage());
        } else {
            problems.write(request, response, HttpStatus.UNAUTHORIZED, "TOKEN_INVALID", null,
                    "令牌无效:签名不符、已过期或非本系统信任的签发者所签发");
        }
    }
}
