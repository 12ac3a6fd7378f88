package org.wenping.ops.accesslog;

import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

import java.util.List;
import java.util.Optional;

/** A route whose every read is recorded in the access log, and the kind of read it is; {@code {id}} names the record. */
record AuditedRoute(PathPattern pattern, AccessKind kind) {

    /** Every audited read, for every kind of record ({@code {records}}: matters, cases, people …). */
    static final List<AuditedRoute> ALL = List.of(
            route("/api/{records}/{id}/dossier", AccessKind.DOSSIER),
            route("/api/{records}/{id}/dossier/export", AccessKind.EXPORT),
            route("/api/{records}/{id}/accountability", AccessKind.ACCOUNTABILITY_TIMELINE),
            route("/api/cases/{id}/persons", AccessKind.PERSONAL_DATA));

    /** The audited read at {@code path}, with the record it reads, if the path is one. */
    static Optional<Read> match(String path) {
        PathContainer container = PathContainer.parsePath(path);
        for (AuditedRoute route : ALL) {
            PathPattern.PathMatchInfo matched = route.pattern.matchAndExtract(container);
            if (matched != null) return Optional.of(new Read(route.kind, matched.getUriVariables().get("id")));
        }
        return Optional.empty();
    }

    private static AuditedRoute route(String pattern, AccessKind kind) {
        return new AuditedRoute(PathPatternParser.defaultInstance.parse(pattern), kind);
    }

    record Read(AccessKind kind, String recordId) {
    }
}
