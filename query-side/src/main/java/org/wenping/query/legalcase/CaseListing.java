package org.wenping.query.legalcase;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.wenping.kernel.actor.Actor;
import org.wenping.kernel.legalcase.CaseListedEvent;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The listing for assessment (月度排查, 确定评估对象): the case's facts, its business date, when and by whom recorded.
 *
 * @param listedBy null for an event recorded without an actor in its metadata
 */
public record CaseListing(@JsonUnwrapped CaseFacts facts, LocalDate listedOn, Instant listedAt, Actor listedBy) {
    static CaseListing of(CaseListedEvent listed, Actor by, Instant at) {
        return new CaseListing(CaseFacts.of(listed), listed.listedOn(), at, by);
    }
}
