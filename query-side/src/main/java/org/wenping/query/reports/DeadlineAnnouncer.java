package org.wenping.query.reports;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.wenping.kernel.lists.AssessmentListFiledEvent;
import org.wenping.kernel.matter.FilingStage;
import org.wenping.kernel.matter.ReportFiledEvent;
import org.wenping.kernel.reports.MonthlyReportSubmittedEvent;
import org.wenping.kernel.time.BusinessZone;
import org.wenping.query.live.WatchMattersQuery;

import java.time.Clock;
import java.time.LocalDate;

/**
 * Tells live subscribers when a deadline of the calendar is met, on time or late (迟报): a side effect, so never
 * while the group replays. It runs after the projection in the same group and batch, and reads what it wrote.
 */
@Component
@ProcessingGroup(MonthlyReportsProjection.GROUP)
@DisallowReplay
@Order(MonthlyReportsProjection.WRITES_FIRST + 1)
class DeadlineAnnouncer {
    private final QueryUpdateEmitter updates;
    private final MonthlyReportRepository repository;
    private final Clock clock;

    DeadlineAnnouncer(QueryUpdateEmitter updates, MonthlyReportRepository repository, ObjectProvider<Clock> clocks) {
        this.updates = updates;
        this.repository = repository;
        this.clock = clocks.getIfUnique(Clock::systemUTC);
    }

    @EventHandler
    void on(MonthlyReportSubmittedEvent event) {
        LocalDate today = today();
        announce(DeadlineEntry.of(DeadlineKind.of(event.kind()), event.responsibleUnit(), event.jurisdiction().value(),
                event.month().toString(), event.dueOn(), event.submittedOn(), today));
    }

    @EventHandler
    void on(AssessmentListFiledEvent event) {
        repository.listFiling(event.listId().value()).ifPresent(list -> announce(DeadlineEntry.of(DeadlineKind.YEARLY_LIST,
                list.responsibleUnit(), list.jurisdiction(), String.valueOf(list.year()), event.filingDeadline(),
                event.filedOn(), today())));
    }

    @EventHandler
    void on(ReportFiledEvent event) {
        if (event.stage() != FilingStage.DECISION) return;
        repository.matter(event.matterId().value())
                .ifPresent(matter -> announce(DeadlineEntry.decisionFiling(matter, today())));
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(BusinessZone.ZONE));
    }

    private void announce(DeadlineEntry entry) {
        updates.emit(WatchMattersQuery.class, query -> query.covers(entry.jurisdiction()), entry);
    }
}
