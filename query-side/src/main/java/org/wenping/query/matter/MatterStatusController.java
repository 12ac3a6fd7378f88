package org.wenping.query.matter;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.wenping.kernel.jurisdiction.JurisdictionCode;
import org.wenping.query.dossier.VisibleHistory;
import org.wenping.query.history.EventHistory;
import org.wenping.query.history.HistoryEntry;
import org.wenping.query.web.ReaderScope;
import org.wenping.query.web.QueryRefusedException;

import java.util.List;

/** Reads one matter: its status from the projection, and its raw event history from the store. */
@RestController
@RequestMapping("/api/matters")
class MatterStatusController {
    private final MatterStatusRepository views;
    private final EventHistory history;

    MatterStatusController(MatterStatusRepository views, EventHistory history) {
        this.views = views;
        this.history = history;
    }

    @GetMapping("/{id}")
    ResponseEntity<MatterStatusView> status(@PathVariable String id) {
        MatterStatusView view = views.findById(id).orElseThrow(() -> QueryRefusedException.matterNotFound(id));
        ReaderScope.requireVisible(new JurisdictionCode(view.facts().jurisdiction()));
        return ResponseEntity.ok().eTag("\"" + view.version() + "\"").body(view);
    }

    @GetMapping("/{id}/events")
    List<HistoryEntry> events(@PathVariable String id) {
        // From the store, not the projection: the history must not wait for a read model to catch up.
        return VisibleHistory.of(history, id);
    }
}
