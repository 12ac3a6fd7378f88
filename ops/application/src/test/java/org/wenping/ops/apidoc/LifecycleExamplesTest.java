package org.wenping.ops.apidoc;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LifecycleExamplesTest {
    private final LifecycleExamples guide = LifecycleExamples.load();

    @Test
    void aTableRowIsTakenRelativeToItsSectionsPath() {
        assertThat(guide.of("/api/matters/{id}/grade")).extracting(request -> request.body().path("level").asText())
                .contains("LOW");
        assertThat(guide.of("/api/cases/{id}/grade")).extracting(request -> request.body().path("level").asText())
                .contains("MEDIUM");
    }

    @Test
    void aShellLineIsTakenWithItsPathAndABodyOverSeveralLines() {
        assertThat(guide.of("/api/agencies")).extracting(request -> request.body().path("creditCode").asText())
                .contains("91620900MA71234567");
        assertThat(guide.of("/api/cases")).extracting(request -> request.body().path("caseNumber").asText())
                .contains("(2026)甘0902民初17号");
        assertThat(guide.of("/api/cases/{id}/measures/{measureId}/completion")).isNotEmpty();
    }

    @Test
    void aSketchThatIsNotJsonIsLeftOut() {
        LifecycleExamples sketch = LifecycleExamples.parse("""
                | 列为评估对象 | handler | `POST /api/cases` — 201, body `{"id", "version": 0}` |
                | 定级 | assessor | `/grade` `{"level": "LOW"}` |""");
        assertThat(sketch.requests()).extracting(LifecycleExamples.Request::path).containsExactly("/grade");
    }
}
