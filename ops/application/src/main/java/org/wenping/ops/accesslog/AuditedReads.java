package org.wenping.ops.accesslog;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.wenping.kernel.actor.ActorPrincipal;

import java.io.IOException;
import java.util.Optional;

/**
 * The one place reads are audited: a GET on an {@link AuditedRoute} by an authenticated reader is answered, held
 * back, recorded in the access log with the status it was answered with, and only then sent. A read whose entry
 * cannot be written is never sent (the failure reaches the web edge as a fault).
 */
@Component
class AuditedReads extends OncePerRequestFilter {
    private final AccessLog accessLog;

    AuditedReads(AccessLog accessLog) {
        this.accessLog = accessLog;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"GET".equals(request.getMethod()) || AuditedRoute.match(path(request)).isEmpty();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        AuditedRoute.Read read = AuditedRoute.match(path(request)).orElseThrow();
        ContentCachingResponseWrapper held = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, held);
        reader().ifPresent(reader -> accessLog.append(accessLog.entry(reader.actor(), read.kind(), read.recordId(),
                path(request), request.getRemoteAddr(), held.getStatus())));
        held.copyBodyToResponse();
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    private static Optional<ActorPrincipal> reader() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof ActorPrincipal principal
                ? Optional.of(principal) : Optional.empty();
    }
}
