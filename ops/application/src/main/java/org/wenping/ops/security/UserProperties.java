package org.wenping.ops.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.wenping.kernel.actor.Role;
import org.wenping.kernel.jurisdiction.JurisdictionCode;

import java.util.List;
import java.util.Optional;

/**
 * {@code wenping.security.users}: the accounts allowed in. None exist unless configured (the demo profile defines
 * some). {@code wenping.security.installation-jurisdiction}: the 行政区划 this installation serves as a whole; the
 * actions of the system itself (operations, integrity) are for users whose jurisdiction contains it, and for
 * nobody while it is not set.
 */
@ConfigurationProperties("wenping.security")
record UserProperties(List<User> users, String installationJurisdiction) {
    UserProperties {
        users = users == null ? List.of() : List.copyOf(users);
    }

    Optional<JurisdictionCode> installation() {
        return installationJurisdiction == null || installationJurisdiction.isBlank() ? Optional.empty()
                : Optional.of(new JurisdictionCode(installationJurisdiction));
    }

    /** One account; {@code passwordHash} is a BCrypt hash, never a clear-text password. */
    record User(String username, String passwordHash, String displayName, Role role, String unit,
                String jurisdiction) {
    }
}
