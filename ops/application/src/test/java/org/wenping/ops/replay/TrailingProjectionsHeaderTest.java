package org.wenping.ops.replay;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** A read answered while a projection trails the store names it with its position and the head. */
class TrailingProjectionsHeaderTest {
    private final ProjectionRebuilds projections = mock(ProjectionRebuilds.class);
    private final TrailingProjectionsHeader filter = new TrailingProjectionsHeader(projections);

    @Test
    void aReadWhileProjectionsTrailNamesEachWithItsPositionAndTheHead() throws Exception {
        when(projections.trailing()).thenReturn(List.of(new ProjectionRebuilds.Trailing("matter-status", 120, 4709),
                new ProjectionRebuilds.Trailing("person-actions", 0, 4709)));
        assertThat(read("GET", "/api/matters").getHeader(TrailingProjectionsHeader.HEADER))
                .isEqualTo("matter-status;position=120;head=4709, person-actions;position=0;head=4709");
    }

    @Test
    void noHeaderWhenAllHaveCaughtUpNorOnWritesOrOperatorEndpoints() throws Exception {
        when(projections.trailing()).thenReturn(List.of());
        assertThat(read("GET", "/api/stats").getHeader(TrailingProjectionsHeader.HEADER)).isNull();
        when(projections.trailing()).thenReturn(List.of(new ProjectionRebuilds.Trailing("matter-status", 1, 2)));
        assertThat(read("POST", "/api/matters").getHeader(TrailingProjectionsHeader.HEADER)).isNull();
        assertThat(read("GET", "/api/ops/projections").getHeader(TrailingProjectionsHeader.HEADER)).isNull();
    }

    private MockHttpServletResponse read(String method, String path) throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(new MockHttpServletRequest(method, path), response, new MockFilterChain());
        return response;
    }
}
