package org.wenping.ops.security;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.jwt.Jwt;

/** A user signed on by a verified token of the central identity service. */
final class SignedOnUser extends AbstractAuthenticationToken {
    private final WenpingUser user;
    private final transient Jwt token;

    SignedOnUser(WenpingUser user, Jwt token) {
        super(user.getAuthorities());
        this.user = user;
        this.token = token;
        setAuthenticated(true);
    }

    @Override
    public Object getCredentials() {
        return token;
    }

    @Override
    public Object getPrincipal() {
        return user;
    }

    @Override
    public String getName() {
        return user.getUsername();
    }
}
