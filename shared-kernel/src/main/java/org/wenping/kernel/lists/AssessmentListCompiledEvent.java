package org.wenping.kernel.lists;

import org.axonframework.serialization.Revision;
import org.wenping.kernel.jurisdiction.JurisdictionCode;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Emitted once, when a responsible unit compiles its yearly list (编制年度社会稳定风险评估计划表, seed 004 篇3).
 * The first event of every list.
 *
 * @param items the planned items; item {@code n} (from 1) is {@code items.get(n - 1)}
 * @param compiledOn the business date the list was compiled
 */
@Revision("1")
public record AssessmentListCompiledEvent(
        AssessmentListId listId,
        String responsibleUnit,
        JurisdictionCode jurisdiction,
        int year,
        List<PlannedItem> items,
        LocalDate compiledOn) implements AssessmentListEvent {

    public AssessmentListCompiledEvent {
        Objects.requireNonNull(listId, "listId");
        Objects.requireNonNull(responsibleUnit, "responsibleUnit");
        Objects.requireNonNull(jurisdiction, "jurisdiction");
        Objects.requireNonNull(compiledOn, "compiledOn");
        items = List.copyOf(items);
    }

    @Override
    public LocalDate businessDate() {
        return compiledOn;
    }
}
