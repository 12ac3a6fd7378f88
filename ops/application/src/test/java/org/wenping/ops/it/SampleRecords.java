package org.wenping.ops.it;

import org.wenping.kernel.actor.Action;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One record of each kind, recorded through the API, so that a test can send each endpoint's sample
 * ({@link CommandSamples}) to a record that exists: the endpoint's path with its ids filled in, and the action of
 * the permission table it performs.
 */
final class SampleRecords {
    final String matter;
    final String expert;
    final String agency;
    final String list;
    final String legalCase;
    final String inquiry;

    private SampleRecords(RunningApp app) {
        matter = app.as("assessor").post("/api/matters", MatterHttpIT.AIRPORT).json().get("id").asText();
        expert = app.as("supervisor").post("/api/experts", CommandSamples.BY_ENDPOINT.get("POST /api/experts").body())
                .json().get("id").asText();
        agency = app.as("supervisor").post("/api/agencies", CommandSamples.BY_ENDPOINT.get("POST /api/agencies").body())
                .json().get("id").asText();
        list = app.as("assessor").post("/api/assessment-lists",
                CommandSamples.BY_ENDPOINT.get("POST /api/assessment-lists").body()).json().get("id").asText();
        legalCase = app.as("handler").post("/api/cases", CommandSamples.CASE).json().get("id").asText();
        inquiry = app.as("inspector").post("/api/inquiries", body("POST /api/inquiries")).json().get("id").asText();
    }

    static SampleRecords recordIn(RunningApp app) {
        return new SampleRecords(app);
    }

    /** The endpoint's sample, naming the matter recorded here where it names one. */
    String body(String endpoint) {
        CommandSamples.Sample sample = CommandSamples.BY_ENDPOINT.get(endpoint);
        return sample == null ? "{}" : sample.body().replace("\"m-1\"", "\"" + matter + "\"");
    }

    /** The endpoint's path ({@code POST /api/matters/{id}/closure}) on the records here; other ids are 1. */
    String path(String endpoint) {
        return endpoint.substring(endpoint.indexOf(' ') + 1).replace("/api/matters/{id}", "/api/matters/" + matter)
                .replace("/api/experts/{id}", "/api/experts/" + expert).replace("/api/agencies/{id}", "/api/agencies/" + agency)
                .replace("/api/assessment-lists/{id}", "/api/assessment-lists/" + list)
                .replace("/api/cases/{id}", "/api/cases/" + legalCase).replace("/api/inquiries/{id}", "/api/inquiries/" + inquiry)
                .replaceAll("\\{[A-Za-z]+}", "1");
    }

    /** The endpoint sent as {@code client}: its sample to the records here. */
    ApiClient.Response send(ApiClient client, String endpoint) {
        return send(client, endpoint, path(endpoint));
    }

    /** The endpoint's sample sent as {@code client} to {@code path}. */
    ApiClient.Response send(ApiClient client, String endpoint, String path) {
        return switch (endpoint.substring(0, endpoint.indexOf(' '))) {
            case "GET" -> client.get(path);
            case "DELETE" -> client.delete(path);
            default -> client.post(path, body(endpoint));
        };
    }

    /**
     * The action of the permission table an endpoint performs: commands name theirs in {@link CommandSamples},
     * reads are {@link Action#READ_RECORDS}, operations {@link Action#OPERATE_SYSTEM}, the integrity report
     * {@link Action#VERIFY_INTEGRITY}.
     */
    static Action action(String endpoint) {
        CommandSamples.Sample sample = CommandSamples.BY_ENDPOINT.get(endpoint);
        if (sample != null) return sample.action();
        if (endpoint.equals("GET /api/ops/integrity")) return Action.VERIFY_INTEGRITY;
        if (endpoint.startsWith("GET /api/ops/access-log")) return Action.READ_ACCESS_LOG;
        if (endpoint.equals("GET /api/cases/{id}/persons")) return Action.READ_PERSONAL_DATA;
        if (endpoint.contains(" /api/ops/")) return Action.OPERATE_SYSTEM;
        assertThat(endpoint).as("a command endpoint without a sample in CommandSamples").startsWith("GET ");
        return Action.READ_RECORDS;
    }
}
