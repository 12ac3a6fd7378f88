package org.wenping.query.web;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.wenping.kernel.actor.Actor;
import org.wenping.kernel.actor.ActorPrincipal;
import org.wenping.kernel.jurisdiction.JurisdictionCode;

import java.util.function.Predicate;

/** Readers see only records inside their own jurisdiction (R9). */
public final class ReaderScope {
    private ReaderScope() {
    }

    public static Actor reader() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof ActorPrincipal principal) {
            return principal.actor();
        }
        throw QueryRefusedException.outsideReaderScope("未认证的读者");
    }

    /**
     * Whether a stored jurisdiction code lies inside {@code reader}'s jurisdiction: the test of
     * {@link Actor#mayActIn}, on the bare code, for filtering many records without building a code each.
     */
    public static Predicate<String> visibleTo(Actor reader) {
        String prefix = reader.jurisdiction().prefix();
        return code -> code != null && code.startsWith(prefix);
    }

    public static void requireVisible(JurisdictionCode jurisdiction) {
        Actor reader = reader();
        if (!reader.mayActIn(jurisdiction)) {
            throw QueryRefusedException.outsideReaderScope(
                    "用户 " + reader.userId() + " 所属辖区 " + reader.jurisdiction() + " 不包含 " + jurisdiction);
        }
    }
}
