package org.wenping.query.matter;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.wenping.query.web.ListParameters;
import org.wenping.query.web.Paging;
import org.wenping.query.web.ReadClock;
import org.wenping.query.web.ReaderScope;

import java.time.LocalDate;

/** {@code GET /api/matters}: the status list, filtered, sorted and paged, inside the reader's jurisdiction. */
@RestController
@RequestMapping("/api/matters")
class MatterListController {
    private final MatterQueries matters;

    MatterListController(MatterQueries matters) {
        this.matters = matters;
    }

    @GetMapping
    MatterPage list(MatterFilter filter,
                    @RequestParam(defaultValue = "0") int page,
                    @RequestParam(defaultValue = "20") int size) {
        Paging.require(page, size, "条");
        ListParameters.require(filter.jurisdiction(), filter.year(), filter::order, "registeredOn、lastChangedAt 或 title");
        return matters.page(filter, ReaderScope.reader(), LocalDate.now(ReadClock.BUSINESS_ZONE), page, size);
    }
}
