package org.wenping.ops.dossier;

import org.wenping.kernel.RecordEvent;
import org.wenping.kernel.actor.Action;
import org.wenping.query.history.HistoryEntry;

import java.util.List;
import java.util.Optional;

/**
 * What the export and the 四性 report need to know about one kind of record (matters now, cases when they land):
 * everything else about a dossier is the same for every record id.
 */
interface DossierSource {

    /** The record's stream as the reader may see it: refused 404 when it has none, 403 outside the reader's jurisdiction. */
    List<HistoryEntry> visibleHistory(String recordId);

    /** The printable dossier and its accountability timeline. */
    PrintedDossier printed(List<HistoryEntry> history);

    /** 完整性: the steps the record's procedure requires for the state it reached that its stream lacks (zh-CN). */
    List<String> missingSteps(List<HistoryEntry> history);

    /** 真实性: the action of the permission table {@code event} records; empty for an event this kind does not know. */
    Optional<Action> actionOf(RecordEvent event);
}
