package org.wenping.command.lists;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.wenping.command.domain.AuthorisedRecord;
import org.wenping.command.domain.BusinessDates;
import org.wenping.command.domain.Recorded;
import org.wenping.kernel.jurisdiction.JurisdictionCode;
import org.wenping.kernel.lists.AssessmentListCompiledEvent;
import org.wenping.kernel.lists.AssessmentListFiledEvent;
import org.wenping.kernel.lists.AssessmentListId;
import org.wenping.kernel.lists.Deadlines;
import org.wenping.kernel.lists.ListItemAddedEvent;
import org.wenping.kernel.lists.ListItemWithdrawnEvent;
import org.wenping.kernel.lists.PlannedItem;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A responsible unit's yearly list (年度社会稳定风险评估计划表, seed 004 篇3; 清单管理, seed 002): compiled by the
 * unit, filed with the 维稳办 by the end of March, then kept current by items added and withdrawn with reasons.
 */
@Aggregate(cache = AuthorisedRecord.CACHE)
class AssessmentList extends AuthorisedRecord {
    @AggregateIdentifier
    private AssessmentListId listId;
    private JurisdictionCode jurisdiction;
    private int year;
    private int items;
    private final Set<Integer> withdrawn = new HashSet<>();
    private boolean filed;

    AssessmentList() {
    }

    @Override
    protected JurisdictionCode recordJurisdiction() {
        return jurisdiction;
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.ALWAYS)
    void handle(CompileAssessmentListCommand command) {
        BusinessDates.requireNotInFuture("compiledOn", command.compiledOn());
        command.items().forEach(item -> requireInYear(item, command.year()));
        apply(new AssessmentListCompiledEvent(command.listId(), command.responsibleUnit(), command.jurisdiction(),
                command.year(), command.items(), command.compiledOn()));
    }

    /** 迟报 when received after 31 March of the list's year. */
    @CommandHandler
    long handle(FileAssessmentListCommand command) {
        BusinessDates.requireNotInFuture("filedOn", command.filedOn());
        if (filed) throw new ListAlreadyFiledException(listId);
        LocalDate deadline = Deadlines.yearlyList(year);
        return Recorded.apply(new AssessmentListFiledEvent(listId, command.receiptNumber(), command.filedOn(), deadline,
                command.filedOn().isAfter(deadline)));
    }

    @CommandHandler
    long handle(AddListItemCommand command) {
        BusinessDates.requireNotInFuture("addedOn", command.addedOn());
        requireInYear(command.item(), year);
        return Recorded.apply(new ListItemAddedEvent(listId, items + 1, command.item(), command.reason(),
                command.matterId(), command.addedOn()));
    }

    @CommandHandler
    long handle(WithdrawListItemCommand command) {
        BusinessDates.requireNotInFuture("withdrawnOn", command.withdrawnOn());
        if (command.itemNo() < 1 || command.itemNo() > items || withdrawn.contains(command.itemNo())) {
            throw new ListItemUnknownException(listId, command.itemNo());
        }
        return Recorded.apply(new ListItemWithdrawnEvent(listId, command.itemNo(), command.reason(), command.withdrawnOn()));
    }

    private static void requireInYear(PlannedItem item, int year) {
        if (item.plannedDecisionMonth().getYear() != year) {
            throw new PlannedMonthOutsideYearException(item.plannedDecisionMonth(), year);
        }
    }

    @EventSourcingHandler
    void on(AssessmentListCompiledEvent event) {
        listId = event.listId();
        jurisdiction = event.jurisdiction();
        year = event.year();
        items = event.items().size();
    }

    @EventSourcingHandler
    void on(AssessmentListFiledEvent event) {
        filed = true;
    }

    @EventSourcingHandler
    void on(ListItemAddedEvent event) {
        items = event.itemNo();
    }

    @EventSourcingHandler
    void on(ListItemWithdrawnEvent event) {
        withdrawn.add(event.itemNo());
    }
}
