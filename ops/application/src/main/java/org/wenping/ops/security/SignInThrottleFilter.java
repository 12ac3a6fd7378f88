package org.wenping.ops.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import org.wenping.ops.web.ProblemWriter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

/**
 * Refuses a sign-in attempt — HTTP Basic, or the browser's sign-in form — for a locked account or from a locked
 * address ({@link SignInThrottle}) before the password is looked at: 429 {@code SIGN_IN_THROTTLED} with
 * {@code Retry-After}.
 */
final class SignInThrottleFilter extends OncePerRequestFilter {
    private static final String BASIC = "basic ";

    private final SignInThrottle throttle;
    private final ProblemWriter problems;

    SignInThrottleFilter(SignInThrottle throttle, ProblemWriter problems) {
        this.throttle = throttle;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<Duration> refused = account(request.getHeader("Authorization")).or(() -> formAccount(request))
                .flatMap(account -> throttle.refusedFor(account, request.getRemoteAddr()));
        if (refused.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        long seconds = Math.max(1, refused.get().toSeconds());
        response.setHeader("Retry-After", Long.toString(seconds));
        problems.writeUnlogged(request, response, HttpStatus.TOO_MANY_REQUESTS, "SIGN_IN_THROTTLED",
                "登录失败次数过多,请 " + ((seconds + 59) / 60) + " 分钟后再试");
    }

    /** The account the browser's sign-in form names ({@code POST /login}), if this is that form. */
    static Optional<String> formAccount(HttpServletRequest request) {
        if (!"POST".equals(request.getMethod()) || !"/login".equals(request.getServletPath())) return Optional.empty();
        return Optional.ofNullable(request.getParameter("username"));
    }

    /** The account an HTTP Basic header names, if it is one. */
    static Optional<String> account(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, BASIC, 0, BASIC.length())) {
            return Optional.empty();
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(authorization.substring(BASIC.length()).trim()),
                    StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? Optional.empty() : Optional.of(decoded.substring(0, colon));
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
    }
}
