package org.wenping.query.reports;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.wenping.query.web.ReadClock;
import org.wenping.query.web.ReaderScope;

import java.time.LocalDate;
import java.util.List;

/**
 * The deadline calendar inside the reader's jurisdiction (yearly list by 31 March, 统计表 by the 7th, progress
 * report by the 20th, 报备 the day after a decision), judged today in China time, and what is overdue now (漏报).
 */
@RestController
@RequestMapping("/api/deadlines")
class DeadlineController {
    private final DeadlineCalendar calendar;
    private final ReadClock clock;

    DeadlineController(DeadlineCalendar calendar, ReadClock clock) {
        this.calendar = calendar;
        this.clock = clock;
    }

    @GetMapping
    List<DeadlineEntry> calendar(@RequestParam(required = false) Integer year) {
        LocalDate today = clock.judgedOn(null);
        return calendar.year(ReaderScope.reader(), year != null ? year : today.getYear(), today);
    }

    @GetMapping("/overdue")
    List<DeadlineEntry> overdue(@RequestParam(required = false) Integer year) {
        return calendar(year).stream().filter(DeadlineEntry::overdue).toList();
    }
}
