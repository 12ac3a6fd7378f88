package org.wenping.ops.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/** Writes a problem+json answer where no controller advice reaches: servlet filters, security, Tomcat's valve. */
@Component
public final class ProblemWriter {
    private final ObjectMapper json;

    public ProblemWriter(ObjectMapper json) {
        this.json = json;
    }

    public void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String code,
                      String field, String detail) throws IOException {
        write(request, response, Problems.of(status, code, field, detail));
    }

    /** The same, without the refusal's log line: for refusals that repeat by the thousand and are logged once elsewhere. */
    public void writeUnlogged(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String code,
                              String detail) throws IOException {
        ProblemDetail problem = Problems.of(status, code, null, detail);
        problem.setInstance(instance(request.getRequestURI()));
        send(response, problem);
    }

    void write(HttpServletRequest request, HttpServletResponse response, ProblemDetail problem) throws IOException {
        problem.setInstance(instance(request.getRequestURI()));
        RefusalLog.refused(request.getMethod(), request.getRequestURI(), problem);
        send(response, problem);
    }

    private void send(HttpServletResponse response, ProblemDetail problem) throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        if (problem.getStatus() == HttpStatus.UNAUTHORIZED.value() && !response.containsHeader("WWW-Authenticate")) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"wenping\", charset=\"UTF-8\"");
        }
        json.writeValue(response.getOutputStream(), problem);
    }

    /** The request's path as the problem's instance, unless it is no valid URI (which may be why it is refused). */
    static URI instance(String path) {
        if (path == null || path.isEmpty()) return null;
        try {
            return URI.create(path);
        } catch (IllegalArgumentException invalid) {
            return null;
        }
    }
}
