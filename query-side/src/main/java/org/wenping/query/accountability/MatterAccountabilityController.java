package org.wenping.query.accountability;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.wenping.query.dossier.VisibleHistory;
import org.wenping.query.history.EventHistory;
import org.wenping.query.web.ReadClock;

import java.time.Instant;

/** The accountability timeline of one matter, now or as the record stood at {@code ?asOf=}; one read of its stream. */
@RestController
class MatterAccountabilityController {
    private final EventHistory history;
    private final ReadClock clock;

    MatterAccountabilityController(EventHistory history, ReadClock clock) {
        this.history = history;
        this.clock = clock;
    }

    @GetMapping("/api/matters/{id}/accountability")
    AccountabilityTimeline timeline(@PathVariable String id,
                                    @RequestParam(name = "asOf", required = false) String asOfParameter) {
        Instant asOf = clock.asOf(asOfParameter);
        return AccountabilityTimeline.of(VisibleHistory.of(history, id), asOf, clock.judgedOn(asOf))
                .orElseThrow(() -> VisibleHistory.notRecordedAsOf(id, asOf));
    }
}
