package org.wenping.ops.security;

import org.springframework.http.HttpMethod;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.wenping.kernel.actor.Action;
import org.wenping.kernel.actor.ActorPrincipal;
import org.wenping.kernel.actor.Permissions;

/**
 * The read side's share of the permission table ({@link Permissions}), enforced here and nowhere else: which
 * roles may read the record and operate the system. The jurisdiction a reader sees is applied to the data by
 * the read models; commands are checked by the aggregates, once, at their entry.
 */
final class ReadPermissions {
    private ReadPermissions() {
    }

    static void apply(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry requests) {
        requests.requestMatchers(HttpMethod.GET, "/api/ops/integrity").access(grantedTo(Action.VERIFY_INTEGRITY));
        requests.requestMatchers("/api/ops/**").access(grantedTo(Action.OPERATE_SYSTEM));
        requests.requestMatchers(HttpMethod.GET, "/api/cases/*/persons").access(grantedTo(Action.READ_PERSONAL_DATA));
        requests.requestMatchers(HttpMethod.GET, "/api/**").access(grantedTo(Action.READ_RECORDS));
    }

    private static AuthorizationManager<RequestAuthorizationContext> grantedTo(Action action) {
        return (authentication, context) -> new AuthorizationDecision(
                authentication.get() != null && authentication.get().getPrincipal() instanceof ActorPrincipal principal
                        && Permissions.scope(principal.actor().role(), action).isPresent());
    }
}
