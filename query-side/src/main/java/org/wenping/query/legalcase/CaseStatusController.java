package org.wenping.query.legalcase;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.wenping.kernel.jurisdiction.JurisdictionCode;
import org.wenping.query.dossier.Dossier;
import org.wenping.query.dossier.DossierBuilder;
import org.wenping.query.dossier.VisibleHistory;
import org.wenping.query.history.EventHistory;
import org.wenping.query.history.HistoryEntry;
import org.wenping.query.web.QueryRefusedException;
import org.wenping.query.web.ReadClock;
import org.wenping.query.web.ReaderScope;

import java.time.Instant;
import java.util.List;

/**
 * Reads one case: its status from the projection; its events and its 一事一档 dossier (now or at {@code ?asOf=})
 * from its stream in the store.
 */
@RestController
@RequestMapping("/api/cases")
class CaseStatusController {
    private final CaseStatusRepository views;
    private final EventHistory history;
    private final ReadClock clock;

    CaseStatusController(CaseStatusRepository views, EventHistory history, ReadClock clock) {
        this.views = views;
        this.history = history;
        this.clock = clock;
    }

    @GetMapping("/{id}")
    ResponseEntity<CaseStatusView> status(@PathVariable String id) {
        CaseStatusView view = views.findById(id).orElseThrow(() -> QueryRefusedException.caseNotFound(id));
        ReaderScope.requireVisible(new JurisdictionCode(view.facts().jurisdiction()));
        return ResponseEntity.ok().eTag("\"" + view.version() + "\"").body(view);
    }

    @GetMapping("/{id}/events")
    List<HistoryEntry> events(@PathVariable String id) {
        return VisibleHistory.of(CaseFamily.CASES, history, id);
    }

    @GetMapping("/{id}/dossier")
    Dossier<CaseStatusView> dossier(@PathVariable String id,
                                    @RequestParam(name = "asOf", required = false) String asOfParameter) {
        Instant asOf = clock.asOf(asOfParameter);
        return DossierBuilder.build(CaseFamily.CASES, new CaseDossierFold(), VisibleHistory.of(CaseFamily.CASES, history, id), asOf)
                .orElseThrow(() -> CaseFamily.CASES.notRecordedAsOf(id, asOf));
    }
}
