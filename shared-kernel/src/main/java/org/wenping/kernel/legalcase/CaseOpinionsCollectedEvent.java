package org.wenping.kernel.legalcase;

import org.axonframework.serialization.Revision;
import org.wenping.kernel.matter.OpinionMethod;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Emitted each time the opinions of the parties and the public on the case are heard by one method: how many
 * understand and support the handling and how many do not, so that a ruling most of them do not understand or
 * support is flagged 慎之又慎 (seed 004 篇4).
 *
 * @param supportCount how many understand or support (理解、支持) the handling
 * @param opposeCount how many neither understand nor support it
 * @param collectedOn the business date the opinions were heard
 */
@Revision("1")
public record CaseOpinionsCollectedEvent(
        CaseId caseId,
        OpinionMethod method,
        int supportCount,
        int opposeCount,
        String summary,
        LocalDate collectedOn) implements CaseEvent {

    public CaseOpinionsCollectedEvent {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(collectedOn, "collectedOn");
    }

    @Override
    public LocalDate businessDate() {
        return collectedOn;
    }

    @Override
    public <R> R accept(CaseEventCases<R> cases) {
        return cases.on(this);
    }
}
