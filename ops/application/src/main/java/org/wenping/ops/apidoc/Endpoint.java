package org.wenping.ops.apidoc;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** One operation of the description under its key as the tables name it: {@code POST /api/matters/{id}/closure}. */
record Endpoint(String method, String path, Operation operation) {
    String key() {
        return method + " " + path;
    }

    boolean isRead() {
        return method.equals("GET");
    }

    /** The endpoints of the API proper, where the tables apply (not the published checkpoint nor the web pages). */
    boolean isApi() {
        return path.startsWith("/api/");
    }

    boolean namesRecord() {
        return path.contains("{");
    }

    boolean hasQueryParameters() {
        return operation.getParameters() != null
                && operation.getParameters().stream().anyMatch(parameter -> "query".equals(parameter.getIn()));
    }

    /** Whether the operation takes the parameter {@code name} in {@code in} (query, header). */
    boolean hasParameter(String in, String name) {
        return operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(parameter -> in.equals(parameter.getIn()) && name.equalsIgnoreCase(parameter.getName()));
    }

    boolean hasBody() {
        return operation.getRequestBody() != null;
    }

    static List<Endpoint> of(OpenAPI api) {
        List<Endpoint> endpoints = new ArrayList<>();
        if (api.getPaths() == null) return endpoints;
        for (Map.Entry<String, PathItem> path : api.getPaths().entrySet()) {
            path.getValue().readOperationsMap().forEach((method, operation) ->
                    endpoints.add(new Endpoint(method.name().toUpperCase(Locale.ROOT), path.getKey(), operation)));
        }
        return endpoints;
    }
}
