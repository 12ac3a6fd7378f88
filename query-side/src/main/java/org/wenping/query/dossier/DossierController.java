package org.wenping.query.dossier;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.wenping.query.history.EventHistory;
import org.wenping.query.web.ReadClock;

import java.time.Instant;
import java.time.LocalDate;

/** 一事一档: the dossier of one matter, now or as it stood at {@code ?asOf=}; one read of its stream, no read model. */
@RestController
@RequestMapping("/api/matters")
class DossierController {
    private final EventHistory history;
    private final ReadClock clock;

    DossierController(EventHistory history, ReadClock clock) {
        this.history = history;
        this.clock = clock;
    }

    @GetMapping("/{id}/dossier")
    Dossier<DossierFacts> dossier(@PathVariable String id,
                                  @RequestParam(name = "asOf", required = false) String asOfParameter,
                                  @RequestParam(name = "businessDate", required = false) String businessDateParameter) {
        Instant asOf = clock.asOf(asOfParameter);
        LocalDate happenedBy = ReadClock.happenedBy(businessDateParameter);
        return DossierBuilder.build(VisibleHistory.of(history, id), asOf, happenedBy)
                .orElseThrow(() -> VisibleHistory.notRecordedAsOf(id, asOf));
    }
}
