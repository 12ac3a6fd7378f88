package org.wenping.query.lists;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.wenping.kernel.jurisdiction.JurisdictionCode;
import org.wenping.query.web.ReadClock;
import org.wenping.query.web.ReaderScope;
import org.wenping.query.web.QueryRefusedException;

import java.time.LocalDate;
import java.util.List;

/**
 * The yearly lists inside the reader's jurisdiction, judged today (China time): each unit's list and filing,
 * the items flagged 应评未评, the decisions flagged 未备案, and 应评尽评率. {@code year} defaults to this year.
 */
@RestController
@RequestMapping("/api/assessment-lists")
class AssessmentListController {
    private final VisibleLists lists;
    private final AssessmentListRepository repository;
    private final ReadClock clock;

    AssessmentListController(VisibleLists lists, AssessmentListRepository repository, ReadClock clock) {
        this.lists = lists;
        this.repository = repository;
        this.clock = clock;
    }

    @GetMapping
    List<ListSummary> lists(@RequestParam(required = false) Integer year) {
        LocalDate today = clock.judgedOn(null);
        return lists.summaries(ReaderScope.reader(), yearOr(year, today), today);
    }

    @GetMapping("/{id}")
    ListReport list(@PathVariable String id) {
        StoredList list = repository.list(id).orElseThrow(() ->
                QueryRefusedException.notFound("ASSESSMENT_LIST_NOT_FOUND", "未找到年度评估清单 " + id));
        ReaderScope.requireVisible(new JurisdictionCode(list.jurisdiction()));
        LocalDate today = clock.judgedOn(null);
        List<UnlistedDecision> unlisted = lists.unlisted(ReaderScope.reader(), list.year()).stream()
                .filter(decision -> decision.listId().equals(id)).toList();
        return new ListReport(today, ListSummary.of(list, today),
                list.items().stream().map(item -> ItemReport.of(item, today)).toList(), unlisted);
    }

    @GetMapping("/not-assessed")
    List<NotAssessedItem> notAssessed(@RequestParam(required = false) Integer year) {
        LocalDate today = clock.judgedOn(null);
        return lists.notAssessed(ReaderScope.reader(), yearOr(year, today), today);
    }

    @GetMapping("/unlisted-decisions")
    List<UnlistedDecision> unlistedDecisions(@RequestParam(required = false) Integer year) {
        return lists.unlisted(ReaderScope.reader(), yearOr(year, clock.judgedOn(null)));
    }

    @GetMapping("/coverage")
    Coverage coverage(@RequestParam(required = false) Integer year) {
        LocalDate today = clock.judgedOn(null);
        int asked = yearOr(year, today);
        return Coverage.of(asked, today, lists.summaries(ReaderScope.reader(), asked, today));
    }

    private static int yearOr(Integer year, LocalDate today) {
        return year != null ? year : today.getYear();
    }
}
