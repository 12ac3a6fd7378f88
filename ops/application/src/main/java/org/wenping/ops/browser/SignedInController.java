package org.wenping.ops.browser;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.wenping.kernel.actor.Action;
import org.wenping.kernel.actor.ActorPrincipal;
import org.wenping.kernel.actor.Permissions;

import java.util.Arrays;
import java.util.List;

/** {@code GET /api/me}: who is signed in, shown on every page, and which acts the pages may offer them. */
@RestController
class SignedInController {

    @GetMapping("/api/me")
    SignedIn me(@AuthenticationPrincipal ActorPrincipal principal) {
        var actor = principal.actor();
        List<String> actions = Arrays.stream(Action.values())
                .filter(action -> Permissions.scope(actor.role(), action).isPresent())
                .map(Action::name)
                .toList();
        return new SignedIn(actor.userId(), actor.displayName(), actor.role().name(), actor.role().label(),
                actor.unit(), actor.jurisdiction().value(), actions);
    }

    /** The signed-in person: name, role and its zh-CN name, unit, 行政区划 and the actions granted to the role. */
    record SignedIn(String userId, String displayName, String role, String roleLabel, String unit,
                    String jurisdiction, List<String> actions) {
    }
}
