package org.wenping.query.matter;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.wenping.query.web.InvalidQueryException;
import org.wenping.query.web.ReaderScope;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/** {@code GET /api/matters}: the status list, filtered, sorted and paged, inside the reader's jurisdiction. */
@RestController
@RequestMapping("/api/matters")
class MatterListController {
    static final int MAX_PAGE_SIZE = 200;
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final MatterStatusRepository views;

    MatterListController(MatterStatusRepository views) {
        this.views = views;
    }

    @GetMapping
    MatterPage list(MatterFilter filter,
                    @RequestParam(defaultValue = "0") int page,
                    @RequestParam(defaultValue = "20") int size) {
        if (page < 0) throw new InvalidQueryException("page", "页码不得为负");
        if (size < 1 || size > MAX_PAGE_SIZE) throw new InvalidQueryException("size", "每页条数须在1到200之间");
        var order = orderOf(filter);
        List<MatterStatusView> matching = views.all()
                .filter(filter.visibleTo(ReaderScope.reader(), LocalDate.now(CHINA)))
                .sorted(order)
                .toList();
        int from = (int) Math.min((long) page * size, matching.size());
        return new MatterPage(matching.subList(from, Math.min(from + size, matching.size())), page, size,
                matching.size());
    }

    private static java.util.Comparator<MatterStatusView> orderOf(MatterFilter filter) {
        try {
            return filter.order();
        } catch (IllegalArgumentException e) {
            throw new InvalidQueryException("sort", "排序字段须为 registeredOn、lastChangedAt 或 title(前加 - 表示倒序)");
        }
    }

    /** One page of the list and how many matters match in all. */
    record MatterPage(List<MatterStatusView> items, int page, int size, int total) {
    }
}
