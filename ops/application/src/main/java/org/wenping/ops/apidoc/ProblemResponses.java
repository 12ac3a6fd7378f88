package org.wenping.ops.apidoc;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The answers of every operation by rule: a POST on a collection ({@code /api/matters}) registers a record and
 * answers 201, a DELETE 204; every refusal is a problem+json response whose status and codes come from the rows of
 * {@code apidoc/problem-codes.tsv} that apply to the operation, listed in {@code x-problem-codes} and as examples.
 */
final class ProblemResponses {
    static final String PROBLEM_JSON = "application/problem+json";
    static final String CODES = "x-problem-codes";
    private static final Pattern COLLECTION = Pattern.compile("/api/[a-z-]+");

    private final List<ProblemCode> codes;

    private ProblemResponses(List<ProblemCode> codes) {
        this.codes = codes;
    }

    static ProblemResponses load() {
        return new ProblemResponses(Resources.rows("problem-codes.tsv").stream().map(ProblemCode::of).toList());
    }

    void applyTo(OpenAPI api) {
        if (api.getComponents() == null) api.setComponents(new Components());
        api.getComponents().addSchemas(ProblemSchema.NAME, ProblemSchema.schema());
        for (Endpoint endpoint : Endpoint.of(api)) {
            if (endpoint.operation().getResponses() == null) endpoint.operation().setResponses(new ApiResponses());
            ApiResponses responses = endpoint.operation().getResponses();
            responses.keySet().removeIf(status -> status.charAt(0) >= '4');
            documentSuccess(endpoint, responses);
            problemsOf(endpoint).forEach((status, applying) -> responses.addApiResponse(status, problem(applying)));
        }
    }

    private static void documentSuccess(Endpoint endpoint, ApiResponses responses) {
        if (endpoint.method().equals("POST") && COLLECTION.matcher(endpoint.path()).matches()) {
            ApiResponse ok = responses.remove("200");
            responses.addApiResponse("201", new ApiResponse().description("已登记:Location 指向新记录,ETag 为 \"0\"")
                    .content(ok == null ? null : ok.getContent())
                    .addHeaderObject("Location", new Header().description("新记录的地址").schema(new StringSchema()))
                    .addHeaderObject("ETag", new Header().description("记录的版本,下一步以 If-Match 送回")
                            .schema(new StringSchema())));
        } else if (endpoint.method().equals("DELETE")) {
            responses.remove("200");
            responses.addApiResponse("204", new ApiResponse().description("已删除"));
        } else if (endpoint.hasBody() && responses.get("200") != null) {
            responses.get("200").description("已记录:应答含记录的新版本,ETag 为同一版本")
                    .addHeaderObject("ETag", new Header().description("记录的新版本,下一步以 If-Match 送回")
                            .schema(new StringSchema()));
        }
    }

    /** The rows that apply, by status, each code once. */
    private Map<String, List<ProblemCode>> problemsOf(Endpoint endpoint) {
        Map<String, Map<String, ProblemCode>> byStatus = new TreeMap<>();
        for (ProblemCode code : codes) {
            if (code.appliesTo(endpoint)) {
                byStatus.computeIfAbsent(String.valueOf(code.status()), status -> new LinkedHashMap<>())
                        .putIfAbsent(code.code(), code);
            }
        }
        Map<String, List<ProblemCode>> problems = new TreeMap<>();
        byStatus.forEach((status, unique) -> problems.put(status, List.copyOf(unique.values())));
        return problems;
    }

    private static ApiResponse problem(List<ProblemCode> applying) {
        MediaType media = new MediaType().schema(new Schema<>().$ref(ProblemSchema.REF));
        for (ProblemCode code : applying) {
            media.addExamples(code.code(), new Example().summary(code.meaning()).value(ProblemSchema.example(code)));
        }
        ApiResponse response = new ApiResponse()
                .description(applying.stream().map(code -> "`" + code.code() + "` " + code.meaning())
                        .collect(Collectors.joining(";")))
                .content(new Content().addMediaType(PROBLEM_JSON, media));
        response.addExtension(CODES, applying.stream().map(ProblemCode::code).toList());
        return response;
    }
}
