package org.wenping.ops.apidoc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.media.MediaType;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Request examples read from the lifecycle guide ({@code docs/lifecycle.md}, copied into the jar by the build), so
 * that the description shows what the guide shows and follows it when it changes: the table rows ({@code `/grade`
 * `{"level": "LOW", …}`}, relative to the section's {@code POST under `/api/matters/{id}/…`}) and the shell lines
 * ({@code api handler /api/cases/$C/grade '{…}'}). A body that is not JSON (a sketch of an answer) is skipped.
 */
final class LifecycleExamples {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern SECTION_BASE = Pattern.compile("under `(/api/[a-z-]+/\\{id})/…`");
    private static final Pattern TABLE_REQUEST = Pattern.compile("`(?:POST )?(/[^`\\s]*)` `(\\{[^`]*})`");
    private static final Pattern SHELL_REQUEST = Pattern.compile("api \\w+ +(/api/\\S+) +'(\\{.*?})'", Pattern.DOTALL);

    /** One request of the guide: the path as written ({@code /api/cases/$C/grade}), its body, where it stands. */
    record Request(String path, JsonNode body, String source) {
    }

    private final List<Request> requests;

    private LifecycleExamples(List<Request> requests) {
        this.requests = requests;
    }

    static LifecycleExamples load() {
        return parse(Resources.text("lifecycle.md"));
    }

    static LifecycleExamples parse(String guide) {
        List<Request> requests = new ArrayList<>();
        String base = "";
        List<String> lines = guide.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            Matcher section = SECTION_BASE.matcher(lines.get(i));
            if (section.find()) base = section.group(1);
            Matcher table = TABLE_REQUEST.matcher(lines.get(i));
            while (table.find()) {
                String path = table.group(1).startsWith("/api/") ? table.group(1) : base + table.group(1);
                add(requests, path, table.group(2), "docs/lifecycle.md 第 " + (i + 1) + " 行");
            }
        }
        Matcher shell = SHELL_REQUEST.matcher(guide);
        while (shell.find()) {
            int line = (int) guide.substring(0, shell.start()).lines().count() + 1;
            add(requests, shell.group(1), shell.group(2), "docs/lifecycle.md 第 " + line + " 行");
        }
        return new LifecycleExamples(List.copyOf(requests));
    }

    private static void add(List<Request> requests, String path, String body, String source) {
        json(body).ifPresent(node -> requests.add(new Request(path, node, source)));
    }

    private static Optional<JsonNode> json(String body) {
        try {
            JsonNode node = JSON.readTree(body);
            return node != null && node.isObject() ? Optional.of(node) : Optional.empty();
        } catch (JsonProcessingException notJson) {
            return Optional.empty();
        }
    }

    List<Request> requests() {
        return requests;
    }

    /** The guide's requests whose path fits the endpoint's template ({@code {id}} and {@code $C} alike). */
    List<Request> of(String template) {
        Pattern fits = Pattern.compile(template.replaceAll("\\{[^}]+}", "[^/]+"));
        return requests.stream().filter(request -> fits.matcher(request.path()).matches()).toList();
    }

    void applyTo(OpenAPI api) {
        for (Endpoint endpoint : Endpoint.of(api)) {
            if (!endpoint.hasBody() || endpoint.operation().getRequestBody().getContent() == null) continue;
            MediaType body = endpoint.operation().getRequestBody().getContent().get("application/json");
            if (body == null) continue;
            for (Request request : of(endpoint.path())) {
                body.addExamples(request.source(), new Example().summary(request.source()).value(request.body()));
            }
        }
    }
}
