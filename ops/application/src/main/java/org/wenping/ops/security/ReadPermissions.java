package org.wenping.ops.security;

import org.springframework.http.HttpMethod;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.wenping.kernel.actor.Action;
import org.wenping.kernel.actor.ActorPrincipal;
import org.wenping.kernel.actor.Permissions;
import org.wenping.kernel.actor.Scope;
import org.wenping.kernel.jurisdiction.JurisdictionCode;

import java.util.Optional;

/**
 * The read side's share of the permission table ({@link Permissions}), enforced here and nowhere else: which
 * roles may read the record and operate the system. The system's own actions ({@link Scope#SYSTEM}: dead letters,
 * rebuilds, integrity, metrics) reach every jurisdiction of the installation, so they are for users of the whole
 * installation only, not for a county's administrator. The jurisdiction a reader sees is applied to the data by
 * the read models; commands are checked by the aggregates, once, at their entry.
 */
final class ReadPermissions {
    private ReadPermissions() {
    }

    /**
     * @param installation the jurisdiction of the whole installation: what an action of {@link Scope#SYSTEM} scope
     *                     needs the user's jurisdiction to contain (none: nobody may)
     */
    static void apply(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry requests,
                      Optional<JurisdictionCode> installation) {
        requests.requestMatchers(HttpMethod.GET, "/api/ops/integrity").access(grantedTo(Action.VERIFY_INTEGRITY, installation));
        requests.requestMatchers(HttpMethod.GET, "/api/ops/access-log/**").access(grantedTo(Action.READ_ACCESS_LOG, installation));
        requests.requestMatchers("/api/ops/**", "/actuator/**").access(grantedTo(Action.OPERATE_SYSTEM, installation));
        requests.requestMatchers(HttpMethod.GET, "/api/cases/*/persons").access(grantedTo(Action.READ_PERSONAL_DATA, installation));
        requests.requestMatchers(HttpMethod.GET, "/api/**").access(grantedTo(Action.READ_RECORDS, installation));
    }

    private static AuthorizationManager<RequestAuthorizationContext> grantedTo(Action action,
                                                                               Optional<JurisdictionCode> installation) {
        return (authentication, context) -> new AuthorizationDecision(
                authentication.get() != null && authentication.get().getPrincipal() instanceof ActorPrincipal principal
                        && Permissions.scope(principal.actor().role(), action)
                        .filter(scope -> scope != Scope.SYSTEM
                                || installation.filter(principal.actor()::mayActIn).isPresent())
                        .isPresent());
    }
}
