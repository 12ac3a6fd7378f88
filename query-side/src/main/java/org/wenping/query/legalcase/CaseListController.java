package org.wenping.query.legalcase;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.wenping.query.listing.JurisdictionPrefix;
import org.wenping.query.web.Paging;
import org.wenping.query.web.QueryRefusedException;
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
        if (filter.jurisdiction() != null && !JurisdictionPrefix.DIGITS.matcher(filter.jurisdiction()).matches()) {
            throw QueryRefusedException.invalidParameter("jurisdiction", "辖区须为至多6位数字的行政区划代码前缀");
        }
        if (filter.year() != null && (filter.year() < 1900 || filter.year() > 9999)) {
            throw QueryRefusedException.invalidParameter("year", "年份须在1900到9999之间");
        }
        try {
            filter.order();
        } catch (IllegalArgumentException e) {
            throw QueryRefusedException.invalidParameter("sort", "排序字段须为 listedOn、lastChangedAt 或 caseNumber(前加 - 表示倒序)");
        }
        return cases.page(filter, ReaderScope.reader(), page, size);
    }
}
