package org.wenping.ops.replay;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.stream.Collectors;

/**
 * A read answered while a projection trails the store says so: {@code Wenping-Projection-Trailing:
 * matter-status;position=120;head=4709} for each projection behind the durable head (read before the answer,
 * so the answer knows at least that much). Absent when every projection has caught up.
 */
@Component
class TrailingProjectionsHeader extends OncePerRequestFilter {
    static final String HEADER = "Wenping-Projection-Trailing";

    private final ProjectionRebuilds projections;

    TrailingProjectionsHeader(ProjectionRebuilds projections) {
        this.projections = projections;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI();
        return !"GET".equals(request.getMethod()) || !path.startsWith("/api/") || path.startsWith("/api/ops/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String trailing = projections.trailing().stream()
                .map(t -> t.projection() + ";position=" + t.position() + ";head=" + t.head())
                .collect(Collectors.joining(", "));
        if (!trailing.isEmpty()) response.setHeader(HEADER, trailing);
        chain.doFilter(request, response);
    }
}
