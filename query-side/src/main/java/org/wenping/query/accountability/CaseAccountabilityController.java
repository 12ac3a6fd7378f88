package org.wenping.query.accountability;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.wenping.query.dossier.VisibleHistory;
import org.wenping.query.history.EventHistory;
import org.wenping.query.legalcase.CaseFamily;
import org.wenping.query.web.ReadClock;

import java.time.Instant;

/** The accountability timeline of one case, now or as the record stood at {@code ?asOf=}; one read of its stream. */
@RestController
class CaseAccountabilityController {
    private final EventHistory history;
    private final ReadClock clock;

    CaseAccountabilityController(EventHistory history, ReadClock clock) {
        this.history = history;
        this.clock = clock;
    }

    @GetMapping("/api/cases/{id}/accountability")
    AccountabilityTimeline timeline(@PathVariable String id,
                                    @RequestParam(name = "asOf", required = false) String asOfParameter) {
        Instant asOf = clock.asOf(asOfParameter);
        return AccountabilityTimeline.of(CaseJudge.CASES, VisibleHistory.of(CaseFamily.CASES, history, id), asOf,
                        clock.judgedOn(asOf))
                .orElseThrow(() -> CaseFamily.CASES.notRecordedAsOf(id, asOf));
    }
}
