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
record DemoActors(Actor assessor, Actor decider, Actor supervisor, Actor expert, Actor admin, CaseActors cases) {
    static final List<String> USERNAMES = List.of("assessor", "decider", "supervisor", "expert", "admin", "handler",
            "caselead", "organhead", "procurator", "police", "inspector");

    /**
     * Who records the demo cases: the 承办人, 分管领导 and 主要领导 of 肃州区人民法院, and the 承办人 of 金塔县人民检察院
     * (procurator) and of 敦煌市公安局 (police); and the 督查 inspector who inquires into them (追责).
     */
    record CaseActors(Actor handler, Actor caseLead, Actor organHead, Actor procurator, Actor police, Actor inspector) {
    }

    /** The demo users, or empty when any of them is not configured (the demo profile is off). */
    static Optional<DemoActors> lookUp(UserDetailsService users) {
        try {
            return Optional.of(new DemoActors(actor(users, "assessor"), actor(users, "decider"),
                    actor(users, "supervisor"), actor(users, "expert"), actor(users, "admin"),
                    new CaseActors(actor(users, "handler"), actor(users, "caselead"), actor(users, "organhead"),
                            actor(users, "procurator"), actor(users, "police"), actor(users, "inspector"))));
        } catch (UsernameNotFoundException | ClassCastException e) {
            return Optional.empty();
        }
    }

    private static Actor actor(UserDetailsService users, String username) {
        UserDetails user = users.loadUserByUsername(username);
        return ((ActorPrincipal) user).actor();
    }
}
