package org.wenping.ops.personaldata;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.wenping.kernel.RecordEvent;
import org.wenping.kernel.legalcase.CaseListedEvent;
import org.wenping.ops.personal.PersonalDataKeys;
import org.wenping.query.history.EventHistory;
import org.wenping.query.history.HistoryEntry;
import org.wenping.query.web.QueryRefusedException;
import org.wenping.query.web.ReaderScope;

import java.util.List;
import java.util.Objects;

/**
 * 涉案人员 of one case, opened for a reader allowed to read personal data (the permission table's
 * READ_PERSONAL_DATA, applied to the route by the security configuration) inside the case's jurisdiction. Here, in
 * ops, because only ops sees both the case's history and the key store's restrictions.
 */
@RestController
@RequestMapping("/api/cases")
class CasePersonsController {
    private final EventHistory history;
    private final CasePersons persons;

    CasePersonsController(EventHistory history, PersonalDataKeys keys) {
        this.history = history;
        this.persons = new CasePersons(keys);
    }

    @GetMapping("/{id}/persons")
    List<CasePerson> persons(@PathVariable String id) {
        List<RecordEvent> events = history.of(id).stream().map(HistoryEntry::event).filter(Objects::nonNull).toList();
        CaseListedEvent listing = events.stream().filter(CaseListedEvent.class::isInstance)
                .map(CaseListedEvent.class::cast).findFirst()
                .orElseThrow(() -> QueryRefusedException.notFound("CASE_NOT_FOUND", "案件 " + id + " 不存在"));
        ReaderScope.requireVisible(listing.jurisdiction());
        return persons.of(listing, events, ReaderScope.reader().role());
    }
}
