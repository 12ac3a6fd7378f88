package org.wenping.ops.integrity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.wenping.ops.verify.Breach;

import java.io.IOException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Never silent: every read of a record the integrity monitor found breached carries the header
 * {@code Wenping-Integrity: breach at position N (KIND)} (the first breach, and how many there are), whatever
 * the kind of record ({@code /api/<records>/<id>/…}).
 */
@Component
class IntegrityWarningFilter extends OncePerRequestFilter {
    static final String HEADER = "Wenping-Integrity";
    private static final Pattern RECORD_READ = Pattern.compile("^/api/[a-z-]+/([^/]+)(/.*)?$");

    private final IntegrityMonitor monitor;

    IntegrityWarningFilter(IntegrityMonitor monitor) {
        this.monitor = monitor;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Matcher read = RECORD_READ.matcher(request.getRequestURI());
        if ("GET".equals(request.getMethod()) && read.matches()) {
            List<Breach> breaches = monitor.breachesOf(read.group(1));
            if (!breaches.isEmpty()) response.setHeader(HEADER, warning(breaches));
        }
        chain.doFilter(request, response);
    }

    static String warning(List<Breach> breaches) {
        Breach first = breaches.get(0);
        return "breach at position " + first.position() + " (" + first.kind() + ")"
                + (breaches.size() > 1 ? "; " + breaches.size() + " breaches" : "");
    }
}
