package org.wenping.query.web;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.wenping.kernel.actor.Actor;
import org.wenping.kernel.actor.ActorPrincipal;
import org.wenping.kernel.jurisdiction.JurisdictionCode;

/** Readers see only records inside their own jurisdiction (R9). */
public final class ReaderScope {
    private ReaderScope() {
    }

    public static Actor reader() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof ActorPrincipal principal) {
            return principal.actor();
        }
        throw new OutsideReaderScopeException("未认证的读者");
    }

    public static void requireVisible(JurisdictionCode jurisdiction) {
        Actor reader = reader();
        if (!reader.mayActIn(jurisdiction)) {
            throw new OutsideReaderScopeException(
                    "用户 " + reader.userId() + " 所属辖区 " + reader.jurisdiction() + " 不包含 " + jurisdiction);
        }
    }
}
