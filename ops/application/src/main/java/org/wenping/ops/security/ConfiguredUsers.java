package org.wenping.ops.security;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.wenping.kernel.actor.Actor;
import org.wenping.kernel.jurisdiction.JurisdictionCode;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Looks users up in {@link UserProperties}. */
@Component
class ConfiguredUsers implements UserDetailsService {
    private final Map<String, WenpingUser> users;

    ConfiguredUsers(UserProperties properties) {
        this.users = properties.users().stream()
                .map(user -> new WenpingUser(new Actor(user.username(), user.displayName(), user.role(), user.unit(),
                        new JurisdictionCode(user.jurisdiction())), user.passwordHash()))
                .collect(Collectors.toUnmodifiableMap(WenpingUser::getUsername, Function.identity()));
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        WenpingUser user = users.get(username);
        if (user == null) throw new UsernameNotFoundException(username);
        return user;
    }
}
