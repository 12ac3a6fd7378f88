package org.wenping.ops.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.wenping.kernel.actor.Role;

import java.util.List;

/** {@code wenping.security.users}: the accounts allowed in. None exist unless configured (the demo profile defines some). */
@ConfigurationProperties("wenping.security")
record UserProperties(List<User> users) {
    UserProperties {
        users = users == null ? List.of() : List.copyOf(users);
    }

    /** One account; {@code passwordHash} is a BCrypt hash, never a clear-text password. */
    record User(String username, String passwordHash, String displayName, Role role, String unit,
                String jurisdiction) {
    }
}
