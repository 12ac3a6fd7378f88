package org.wenping.query.legalcase;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.wenping.query.web.Paging;
import org.wenping.query.web.ListParameters;
import org.wenping.query.web.ReaderScope;

/** {@code GET /api/cases}: the case status list, filtered, sorted and paged, inside the reader's jurisdiction. */
@RestController
@RequestMapping("/api/cases")
class CaseListController {
    private final CaseQueries cases;

    CaseListController(CaseQueries cases) {
        this.cases = cases;
    }

    @GetMapping
    CasePage list(CaseFilter filter,
                  @RequestParam(defaultValue = "0") int page,
                  @RequestParam(defaultValue = "20") int size) {
        Paging.require(page, size, "条");
        ListParameters.require(filter.jurisdiction(), filter.year(), filter::order, "listedOn、lastChangedAt 或 caseNumber");
        return cases.page(filter, ReaderScope.reader(), page, size);
    }
}
