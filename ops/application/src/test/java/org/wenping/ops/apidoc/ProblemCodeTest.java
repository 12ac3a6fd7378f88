package org.wenping.ops.apidoc;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ProblemCodeTest {
    private static final Endpoint CLOSURE = new Endpoint("POST", "/api/matters/{id}/closure",
            new Operation().requestBody(new RequestBody()).addParametersItem(new Parameter().in("header").name("If-Match")));
    private static final Endpoint LIST = new Endpoint("GET", "/api/matters",
            new Operation().addParametersItem(new Parameter().in("query").name("stage")));

    private static ProblemCode row(String scope) {
        return ProblemCode.of(List.of("CODE", "409", scope, "说明"));
    }

    @Test
    void aKindAppliesToTheOperationsOfItsShape() {
        assertThat(row("all").appliesTo(CLOSURE)).isTrue();
        assertThat(row("body").appliesTo(CLOSURE)).isTrue();
        assertThat(row("body").appliesTo(LIST)).isFalse();
        assertThat(row("record").appliesTo(LIST)).isFalse();
        assertThat(row("query").appliesTo(LIST)).isTrue();
        assertThat(row("param:stage").appliesTo(LIST)).isTrue();
        assertThat(row("param:asOf").appliesTo(LIST)).isFalse();
        assertThat(row("header:If-Match").appliesTo(CLOSURE)).isTrue();
    }

    @Test
    void aPathEndingInASlashIsAPrefixAndAnyOtherNamesOnePath() {
        assertThat(row("body /api/matters/{id}/").appliesTo(CLOSURE)).isTrue();
        assertThat(row("body /api/matters/{id}/closure").appliesTo(CLOSURE)).isTrue();
        assertThat(row("body /api/matters").appliesTo(CLOSURE)).isFalse();
    }

    @Test
    void nothingAppliesOutsideTheApi() {
        assertThat(row("all").appliesTo(new Endpoint("GET", "/checkpoint", new Operation()))).isFalse();
    }
}
