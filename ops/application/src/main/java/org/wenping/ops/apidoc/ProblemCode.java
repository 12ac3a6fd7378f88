package org.wenping.ops.apidoc;

import java.util.List;

/**
 * One row of {@code apidoc/problem-codes.tsv}: a stable problem code, its status, and where it can arise — a kind of
 * operation and, optionally, a path ({@code /api/matters/{id}/corrections}) or, ending in {@code /}, a path prefix.
 */
record ProblemCode(String code, int status, String kind, String path, String meaning) {
    static ProblemCode of(List<String> row) {
        String[] scope = row.get(2).split(" ", 2);
        return new ProblemCode(row.get(0), Integer.parseInt(row.get(1)), scope[0], scope.length > 1 ? scope[1] : null,
                row.get(3));
    }

    boolean appliesTo(Endpoint endpoint) {
        return endpoint.isApi() && kindApplies(endpoint) && pathApplies(endpoint.path());
    }

    private boolean kindApplies(Endpoint endpoint) {
        if (kind.startsWith("param:")) return endpoint.hasParameter("query", kind.substring("param:".length()));
        if (kind.startsWith("header:")) return endpoint.hasParameter("header", kind.substring("header:".length()));
        return switch (kind) {
            case "all" -> true;
            case "read" -> endpoint.isRead();
            case "write" -> !endpoint.isRead();
            case "body" -> endpoint.hasBody();
            case "record" -> endpoint.namesRecord();
            case "query" -> endpoint.hasQueryParameters();
            default -> throw new IllegalStateException("unknown scope in apidoc/problem-codes.tsv: " + kind);
        };
    }

    private boolean pathApplies(String endpointPath) {
        if (path == null) return true;
        return path.endsWith("/") ? endpointPath.startsWith(path) : endpointPath.equals(path);
    }
}
