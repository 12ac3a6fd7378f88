package org.wenping.query.stats;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.wenping.kernel.actor.ActorPrincipal;
import org.wenping.query.web.QueryRefusedException;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wenping.query.stats.StatsFixtures.supervisor;

/** The controller over HTTP (standalone MockMvc): content negotiation, the reader's scope, refusals. */
class StatsControllerTest {
    static final ObjectMapper JSON = new ObjectMapper();
    final MockMvc http = MockMvcBuilders.standaloneSetup(new StatsController(reader -> StatsFixtures.cells(StatsFixtures.CATALOG.visibleTo(reader)), StatsFixtures.CATALOG,
                    reader -> java.util.stream.Stream.empty(), JurisdictionNames.bundled()))
            .setControllerAdvice(new InvalidQueryAdvice()).build();

    @BeforeEach
    void signIn() {
        ActorPrincipal principal = () -> supervisor("620902");
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, List.of()));
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    MockHttpServletResponse get(String path, String accept, String... params) throws Exception {
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.get(path).accept(accept);
        for (int i = 0; i < params.length; i += 2) request.param(params[i], params[i + 1]);
        return http.perform(request).andReturn().getResponse();
    }

    static JsonNode json(MockHttpServletResponse response) throws Exception {
        return JSON.readTree(response.getContentAsByteArray());
    }

    @Test
    void answersTheStatisticsOfTheReadersJurisdictionAsJson() throws Exception {
        MockHttpServletResponse response = get("/api/stats", "application/json");
        assertThat(response.getStatus()).isEqualTo(200);
        JsonNode stats = json(response);
        assertThat(stats.path("readerJurisdiction").asText()).isEqualTo("620902");
        assertThat(stats.path("total").asInt()).isEqualTo(2);
        assertThat(stats.path("byCategory").path(1).path("label").asText()).isEqualTo("重大政策");
        assertThat(stats.path("policyShare").path("target").asDouble()).isEqualTo(0.3);
        assertThat(stats.path("overdueFilings").path("matterIds").path(0).asText()).isEqualTo("m2");
        assertThat(stats.path("assessmentNotUsed").path("count").asInt()).isEqualTo(1);
        assertThat(json(get("/api/stats", "application/json", "year", "2025")).path("total").asInt()).isZero();
    }

    @Test
    void answersTheMonthlyTableAsJsonByDefault() throws Exception {
        MockHttpServletResponse response = get("/api/stats/monthly", "*/*", "month", "2026-03");
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(MediaType.parseMediaType(response.getContentType()).isCompatibleWith(MediaType.APPLICATION_JSON))
                .isTrue();
        JsonNode table = json(response);
        assertThat(table.path("rows").path(0).path("name").asText()).isEqualTo("肃州区");
        assertThat(table.path("total").path("counts").path("assessed").asInt()).isEqualTo(2);
    }

    @Test
    void answersTheMonthlyTableAsCsvAttachmentWhenAskedForTextCsv() throws Exception {
        MockHttpServletResponse response = get("/api/stats/monthly", "text/csv", "month", "2026-03");
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).isEqualTo("text/csv;charset=UTF-8");
        assertThat(response.getHeader("Content-Disposition")).isEqualTo("attachment; "
                + "filename=\"tongjibiao-2026-03.csv\"; filename*=UTF-8''%E7%BB%9F%E8%AE%A1%E8%A1%A8-2026-03.csv");
        assertThat(new String(response.getContentAsByteArray(), StandardCharsets.UTF_8))
                .startsWith("\uFEFF行政区划代码,辖区,评估事项数");
    }

    @Test
    void answersTheMonthlyTableAsCsvBehindAPlainLink() throws Exception {
        MockHttpServletResponse response = get("/api/stats/monthly",
                "text/html,application/xhtml+xml,*/*;q=0.8", "month", "2026-03", "format", "csv");
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).isEqualTo("text/csv;charset=UTF-8");
        assertThat(response.getHeader("Content-Disposition")).startsWith("attachment; ");
        assertThat(new String(response.getContentAsByteArray(), StandardCharsets.UTF_8))
                .startsWith("\uFEFF行政区划代码,辖区,评估事项数");
    }

    @Test
    void refusesAMalformedMonthWithTheStableCodeAlsoWhenCsvWasAsked() throws Exception {
        for (String month : new String[] {"2026-3", "2026-13", "三月", ""}) {
            MockHttpServletResponse response = get("/api/stats/monthly", "application/json", "month", month);
            assertThat(response.getStatus()).as(month).isEqualTo(400);
            assertThat(json(response).path("code").asText()).isEqualTo("INVALID_QUERY");
            assertThat(json(response).path("field").asText()).isEqualTo("month");
        }
        MockHttpServletResponse csv = get("/api/stats/monthly", "text/csv");
        assertThat(csv.getStatus()).isEqualTo(400);
        assertThat(csv.getContentType()).startsWith("application/problem+json");
        assertThat(json(csv).path("code").asText()).isEqualTo("INVALID_QUERY");
    }

    /** Stands in for ops' ProblemAdvice, which maps the exception the same way. */
    @RestControllerAdvice
    static class InvalidQueryAdvice {
        @ExceptionHandler(QueryRefusedException.class)
        ProblemDetail invalid(QueryRefusedException e) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
            problem.setProperty("code", e.code());
            problem.setProperty("field", e.field());
            return problem;
        }
    }
}
