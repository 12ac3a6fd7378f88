package org.wenping.query.lists;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.stereotype.Component;
import org.wenping.kernel.jurisdiction.JurisdictionCode;
import org.wenping.kernel.lists.AssessmentListCompiledEvent;
import org.wenping.kernel.lists.AssessmentListFiledEvent;
import org.wenping.kernel.lists.AssessmentListId;
import org.wenping.kernel.lists.ListItemAddedEvent;
import org.wenping.kernel.lists.ListItemWithdrawnEvent;
import org.wenping.kernel.matter.DecisionMadeEvent;
import org.wenping.kernel.matter.MatterRegisteredEvent;
import org.wenping.kernel.matter.RiskGradedEvent;

/**
 * The yearly lists and the matters behind their items. Lists and matters are different streams, so either may
 * arrive first: an item added for a matter links it whenever both are known, and every update is idempotent.
 */
@Component
@ProcessingGroup(AssessmentListsProjection.GROUP)
class AssessmentListsProjection {
    static final String GROUP = "assessment-lists";

    private final AssessmentListRepository repository;

    AssessmentListsProjection(AssessmentListRepository repository) {
        this.repository = repository;
    }

    @EventHandler
    void on(AssessmentListCompiledEvent event) {
        if (repository.list(event.listId().value()).isEmpty()) repository.save(StoredList.compiled(event));
        oweList(event.year(), event.listId().value(), event.jurisdiction().value(), event.responsibleUnit());
    }

    @EventHandler
    void on(AssessmentListFiledEvent event) {
        repository.list(event.listId().value()).map(list -> list.filed(event)).ifPresent(repository::save);
    }

    @EventHandler
    void on(ListItemAddedEvent event) {
        String listId = event.listId().value();
        repository.list(listId).map(list -> list.withItem(
                StoredItem.planned(event.itemNo(), event.item(), event.addedOn(), event.reason())))
                .ifPresent(repository::save);
        if (event.matterId() == null) return;
        repository.matter(event.matterId().value()).ifPresent(matter -> {
            repository.save(matter.onItem(listId, event.itemNo()));
            linkItem(listId, event.itemNo(), matter.matterId(), matter.graded());
        });
    }

    @EventHandler
    void on(ListItemWithdrawnEvent event) {
        repository.list(event.listId().value())
                .map(list -> list.changing(event.itemNo(), item -> item.withdrawn(event.withdrawnOn(), event.reason())))
                .ifPresent(repository::save);
    }

    @EventHandler
    void on(MatterRegisteredEvent event) {
        String matterId = event.matterId().value();
        boolean onItem = event.listId() != null;
        String listId = onItem ? event.listId().value()
                : unitsList(event.jurisdiction().value(), event.responsibleUnit(), event.registeredOn().getYear());
        if (repository.matter(matterId).isEmpty()) {
            repository.save(new StoredMatter(matterId, event.title(), event.responsibleUnit(), event.jurisdiction().value(),
                    listId, event.listItemNo(), event.offListReason(), false, null));
        }
        if (onItem) {
            linkItem(listId, event.listItemNo(), matterId, false);
        } else {
            oweList(event.registeredOn().getYear(), listId, event.jurisdiction().value(), event.responsibleUnit());
        }
    }

    @EventHandler
    void on(RiskGradedEvent event) {
        repository.matter(event.matterId().value()).ifPresent(matter -> {
            repository.save(matter.gradedNow());
            if (matter.itemNo() != null) linkItem(matter.listId(), matter.itemNo(), matter.matterId(), true);
        });
    }

    /** 未备案 (R11): judged as the command side does, on the list in force when the decision was recorded. */
    @EventHandler
    void on(DecisionMadeEvent event) {
        repository.matter(event.matterId().value()).ifPresent(matter -> {
            int year = event.decidedOn().getYear();
            String listId = matter.itemNo() != null ? matter.listId()
                    : unitsList(matter.jurisdiction(), matter.responsibleUnit(), year);
            boolean onFile = repository.list(listId).filter(list -> list.coversOnFile(matter.matterId(), matter.itemNo()))
                    .isPresent();
            if (onFile) return;
            repository.save(matter.decidedUnlisted(event.decidedOn()));
            UnlistedMatters group = repository.unlisted(year, matter.jurisdiction(), listId).with(matter.matterId());
            repository.save(group);
            repository.save(repository.year(year).withUnlistedGroup(group.group()));
        });
    }

    @ResetHandler
    void reset() {
        repository.deleteAll();
    }

    private void linkItem(String listId, Integer itemNo, String matterId, boolean assessed) {
        repository.list(listId).map(list -> list.changing(itemNo, item -> item.withMatter(matterId, assessed)))
                .ifPresent(repository::save);
    }

    private void oweList(int year, String listId, String jurisdiction, String unit) {
        repository.save(repository.year(year).withUnit(new YearIndex.UnitEntry(listId, jurisdiction, unit)));
    }

    private static String unitsList(String jurisdiction, String unit, int year) {
        return AssessmentListId.of(new JurisdictionCode(jurisdiction), unit, year).value();
    }
}
