package org.wenping.ops.security;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.wenping.kernel.actor.Role;

import static org.wenping.kernel.actor.Role.ADMIN;
import static org.wenping.kernel.actor.Role.ASSESSOR;
import static org.wenping.kernel.actor.Role.DECIDER;
import static org.wenping.kernel.actor.Role.EXPERT;
import static org.wenping.kernel.actor.Role.SUPERVISOR;

/**
 * Who may send which command (R9), checked before the request body is read so that a caller without the
 * role learns nothing from validation. The aggregates check the same again from the command's metadata.
 */
final class CommandPermissions {
    private CommandPermissions() {
    }

    static void apply(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry requests) {
        allow(requests, new Role[] {ASSESSOR}, "/api/matters", "/api/matters/*/assessment-plan",
                "/api/matters/*/agency-commission", "/api/matters/*/opinions", "/api/matters/*/analyses",
                "/api/matters/*/grade", "/api/matters/*/report", "/api/matters/*/escalation",
                "/api/matters/*/measures", "/api/matters/*/measures/*/completion",
                "/api/matters/*/contingency-plans", "/api/matters/*/tracking-reports",
                "/api/matters/*/incidents", "/api/matters/*/reassessment");
        allow(requests, new Role[] {EXPERT}, "/api/matters/*/review");
        allow(requests, new Role[] {DECIDER}, "/api/matters/*/decision");
        allow(requests, new Role[] {SUPERVISOR}, "/api/matters/*/filings");
        allow(requests, new Role[] {ASSESSOR, SUPERVISOR}, "/api/matters/*/closure");
        allow(requests, new Role[] {ASSESSOR, EXPERT, DECIDER, SUPERVISOR}, "/api/matters/*/corrections");
        allow(requests, new Role[] {ASSESSOR}, "/api/assessment-lists", "/api/assessment-lists/*/items",
                "/api/assessment-lists/*/items/*/withdrawal", "/api/monthly-reports");
        allow(requests, new Role[] {SUPERVISOR}, "/api/assessment-lists/*/filing");
        allow(requests, new Role[] {ADMIN, SUPERVISOR}, "/api/experts", "/api/experts/**",
                "/api/agencies", "/api/agencies/**");
        // Operating the system itself: projections, rebuilds, dead letters.
        requests.requestMatchers("/api/ops/**").hasRole(ADMIN.name());
    }

    private static void allow(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry requests,
                              Role[] roles, String... paths) {
        String[] names = java.util.Arrays.stream(roles).map(Role::name).toArray(String[]::new);
        requests.requestMatchers(HttpMethod.POST, paths).hasAnyRole(names);
    }
}
