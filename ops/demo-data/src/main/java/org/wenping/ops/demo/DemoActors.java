package org.wenping.ops.demo;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.wenping.kernel.actor.Actor;
import org.wenping.kernel.actor.ActorPrincipal;

import java.util.List;
import java.util.Optional;

/**
 * The demo users (application-demo.yml) the demo year is recorded under, taken from the configured
 * accounts so that every event names a user who can log in and see it.
 */
record DemoActors(Actor assessor, Actor decider, Actor supervisor, Actor expert, Actor admin) {
    static final List<String> USERNAMES = List.of("assessor", "decider", "supervisor", "expert", "admin");

    /** The five demo users, or empty when any of them is not configured (the demo profile is off). */
    static Optional<DemoActors> lookUp(UserDetailsService users) {
        try {
            return Optional.of(new DemoActors(actor(users, "assessor"), actor(users, "decider"),
                    actor(users, "supervisor"), actor(users, "expert"), actor(users, "admin")));
        } catch (UsernameNotFoundException | ClassCastException e) {
            return Optional.empty();
        }
    }

    private static Actor actor(UserDetailsService users, String username) {
        UserDetails user = users.loadUserByUsername(username);
        return ((ActorPrincipal) user).actor();
    }
}
