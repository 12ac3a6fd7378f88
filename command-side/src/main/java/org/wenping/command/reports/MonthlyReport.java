package org.wenping.command.reports;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.wenping.command.domain.AuthorisedRecord;
import org.wenping.kernel.jurisdiction.JurisdictionCode;
import org.wenping.command.domain.BusinessDates;
import org.wenping.command.domain.MissingActorException;
import org.wenping.kernel.actor.Actor;
import org.wenping.kernel.actor.EventMetadata;
import org.wenping.kernel.reports.MonthlyReportId;
import org.wenping.kernel.reports.MonthlyReportSubmittedEvent;
import org.wenping.kernel.reports.ReportKind;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One monthly report of one unit (seed 002: 统计表 by the 7th; seed 004 篇3: 进展报告 by the 20th), submitted once
 * by a named person; 迟报 when after its deadline. Whether its figures match the record is judged on the read side.
 */
@Aggregate(cache = AuthorisedRecord.CACHE)
class MonthlyReport extends AuthorisedRecord {
    @AggregateIdentifier
    private MonthlyReportId reportId;

    MonthlyReport() {
    }

    /** A report exists once submitted: the submission names its jurisdiction. */
    @Override
    protected JurisdictionCode recordJurisdiction() {
        return null;
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.ALWAYS)
    void handle(SubmitMonthlyReportCommand command, MetaData metaData) {
        Actor actor = EventMetadata.actorOf(metaData).orElseThrow(MissingActorException::new);
        BusinessDates.requireNotInFuture("submittedOn", command.submittedOn());
        if (!reportable(command.kind(), command.month(), command.submittedOn())) {
            throw new ReportMonthNotOverException(command.kind(), command.month());
        }
        boolean complete = command.figures().keySet().equals(Set.copyOf(command.kind().figures()))
                && command.figures().values().stream().allMatch(count -> count != null && count >= 0);
        if (!complete) throw new ReportFiguresException(command.kind());
        LocalDate due = command.kind().dueOn(command.month());
        apply(new MonthlyReportSubmittedEvent(command.reportId(), command.kind(), command.responsibleUnit(),
                command.jurisdiction(), command.month(), command.figures(), actor.displayName(), command.submittedOn(),
                due, command.submittedOn().isAfter(due)));
    }

    private static boolean reportable(ReportKind kind, YearMonth month, LocalDate on) {
        YearMonth current = YearMonth.from(on);
        return kind == ReportKind.STATISTICS_TABLE ? month.isBefore(current) : !month.isAfter(current);
    }

    @EventSourcingHandler
    void on(MonthlyReportSubmittedEvent event) {
        reportId = event.reportId();
    }
}
