package org.wenping.command.web;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.wenping.command.domain.MissingActorException;
import org.wenping.kernel.actor.Actor;
import org.wenping.kernel.actor.ActorPrincipal;

/** The actor of the current request, from the authenticated principal and nowhere else (R9). */
final class CurrentActor {
    private CurrentActor() {
    }

    static Actor get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof ActorPrincipal principal) {
            return principal.actor();
        }
        throw new MissingActorException();
    }
}
