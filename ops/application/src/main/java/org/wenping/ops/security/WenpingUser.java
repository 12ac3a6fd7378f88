package org.wenping.ops.security;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.wenping.kernel.actor.Actor;
import org.wenping.kernel.actor.ActorPrincipal;

import java.util.Collection;
import java.util.List;

/**
 * An authenticated user and the {@link Actor} its commands are recorded under; {@code passwordHash} is null for a
 * user signed on by a token ({@link TokenActor}).
 */
record WenpingUser(Actor actor, String passwordHash) implements UserDetails, ActorPrincipal {
    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority("ROLE_" + actor.role().name()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return actor.userId();
    }
}
