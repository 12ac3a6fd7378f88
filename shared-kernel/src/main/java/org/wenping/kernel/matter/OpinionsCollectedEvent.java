package org.wenping.kernel.matter;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Emitted each time the opinions of the public and the parties concerned are heard (听取意见, seeds 001, 004) by
 * one method; a matter usually collects opinions several times, by several methods.
 *
 * @param participants how many people took part
 * @param supportCount how many of them supported the matter
 * @param opposeCount how many opposed it
 * @param collectedOn the business date the opinions were heard (the meeting, the hearing, the end of the survey)
 */
@Revision("1")
public record OpinionsCollectedEvent(
        MatterId matterId,
        OpinionMethod method,
        int participants,
        int supportCount,
        int opposeCount,
        String summary,
        LocalDate collectedOn) implements MatterEvent {

    public OpinionsCollectedEvent {
        Objects.requireNonNull(matterId, "matterId");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(collectedOn, "collectedOn");
    }

    @Override
    public LocalDate businessDate() {
        return collectedOn;
    }

    @Override
    public <R> R accept(MatterEventCases<R> cases) {
        return cases.on(this);
    }
}
