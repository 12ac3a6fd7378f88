package org.wenping.query.reports;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.wenping.kernel.lists.AssessmentListCompiledEvent;
import org.wenping.kernel.lists.AssessmentListFiledEvent;
import org.wenping.kernel.matter.DecisionMadeEvent;
import org.wenping.kernel.matter.FilingStage;
import org.wenping.kernel.matter.IncidentReportedEvent;
import org.wenping.kernel.matter.MatterId;
import org.wenping.kernel.matter.MatterRegisteredEvent;
import org.wenping.kernel.matter.ReportFiledEvent;
import org.wenping.kernel.matter.RiskGradedEvent;
import org.wenping.kernel.reports.MonthlyReportSubmittedEvent;
import org.wenping.kernel.reports.ReportFigure;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * What units owe the 维稳办 and what they delivered. Tallies each unit's month from its matters' acts, by the
 * business date of each act, and sets every submitted report beside the tally as it stood when the report
 * arrived: the figures the unit had on the record then. Keeps the yearly lists' and the decisions' filings for
 * the deadline calendar.
 */
@Component
@ProcessingGroup(MonthlyReportsProjection.GROUP)
@Order(MonthlyReportsProjection.WRITES_FIRST)
class MonthlyReportsProjection {
    static final String GROUP = "monthly-reports";
    /** The projection writes before {@link DeadlineAnnouncer} reads, in the same batch. */
    static final int WRITES_FIRST = 0;

    private final MonthlyReportRepository repository;

    MonthlyReportsProjection(MonthlyReportRepository repository) {
        this.repository = repository;
    }

    @EventHandler
    void on(MatterRegisteredEvent event) {
        ReportedMatter matter = repository.matter(event.matterId().value()).orElseGet(() -> ReportedMatter.registered(
                event.matterId().value(), event.title(), event.jurisdiction().value(), event.responsibleUnit()));
        repository.save(matter);
        repository.save(repository.units(event.registeredOn().getYear())
                .with(new ReportUnits.Unit(matter.jurisdiction(), matter.responsibleUnit())));
        count(matter, ReportFigure.MATTERS_REGISTERED, event.registeredOn(), matter.matterId());
    }

    @EventHandler
    void on(RiskGradedEvent event) {
        count(event.matterId(), ReportFigure.MATTERS_GRADED, event.gradedOn(), event.matterId().value());
    }

    @EventHandler
    void on(DecisionMadeEvent event) {
        count(event.matterId(), ReportFigure.DECISIONS_MADE, event.decidedOn(), event.matterId().value());
        repository.matter(event.matterId().value()).ifPresent(matter -> {
            repository.save(matter.decided(event));
            int year = event.decidedOn().getYear();
            repository.save(repository.decided(year, matter.jurisdiction()).with(matter.matterId()));
            repository.save(repository.units(year).withDecisionsIn(matter.jurisdiction()));
        });
    }

    @EventHandler
    void on(ReportFiledEvent event) {
        if (event.stage() != FilingStage.DECISION) return;
        count(event.matterId(), ReportFigure.DECISIONS_FILED, event.filedOn(), event.matterId().value());
        repository.matter(event.matterId().value()).map(matter -> matter.decisionFiled(event.filedOn()))
                .ifPresent(repository::save);
    }

    @EventHandler
    void on(AssessmentListCompiledEvent event) {
        String listId = event.listId().value();
        if (repository.listFiling(listId).isEmpty()) {
            repository.save(new ListFiling(listId, event.year(), event.jurisdiction().value(), event.responsibleUnit(), null));
        }
        repository.save(repository.units(event.year())
                .with(new ReportUnits.Unit(event.jurisdiction().value(), event.responsibleUnit())));
    }

    @EventHandler
    void on(AssessmentListFiledEvent event) {
        repository.listFiling(event.listId().value()).map(list -> list.filed(event.filedOn())).ifPresent(repository::save);
    }

    /** Incidents are counted by event, since one matter may have several in a month. */
    @EventHandler
    void on(IncidentReportedEvent event, EventMessage<?> message) {
        count(event.matterId(), ReportFigure.INCIDENTS_REPORTED, event.occurredOn(), message.getIdentifier());
    }

    @EventHandler
    void on(MonthlyReportSubmittedEvent event) {
        String jurisdiction = event.jurisdiction().value();
        MonthTally record = repository.tally(MonthTally.id(jurisdiction, event.responsibleUnit(), event.month()))
                .orElseGet(() -> MonthTally.empty(jurisdiction, event.responsibleUnit(), event.month()));
        repository.save(StoredReport.of(event, record));
        repository.save(repository.units(event.month().getYear())
                .with(new ReportUnits.Unit(jurisdiction, event.responsibleUnit())));
    }

    @ResetHandler
    void reset() {
        repository.deleteAll();
    }

    private void count(MatterId matterId, ReportFigure figure, LocalDate on, String key) {
        repository.matter(matterId.value()).ifPresent(matter -> count(matter, figure, on, key));
    }

    private void count(ReportedMatter matter, ReportFigure figure, LocalDate on, String key) {
        YearMonth month = YearMonth.from(on);
        String id = MonthTally.id(matter.jurisdiction(), matter.responsibleUnit(), month);
        MonthTally tally = repository.tally(id)
                .orElseGet(() -> MonthTally.empty(matter.jurisdiction(), matter.responsibleUnit(), month));
        repository.save(tally.counting(figure, key));
    }
}
