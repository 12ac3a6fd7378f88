package org.wenping.query.matter;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.Instant;
import java.time.LocalDate;

/**
 * How far the matter has come (its stage, its closure) and how far the view has come through its events.
 *
 * @param closedOn      the business date of closure (办结), null while open
 * @param version       the sequence number of the last event applied, the matter's ETag
 * @param lastChangedAt when that event was recorded
 */
public record MatterProgress(MatterStage stage, LocalDate closedOn, long version, Instant lastChangedAt) {
    static MatterProgress registered(Instant at) {
        return new MatterProgress(MatterStage.REGISTERED, null, 0, at);
    }

    /** The stage's zh-CN name, answered beside the stage; derived, so never stored apart from it. */
    @JsonProperty("stageLabel")
    public String stageLabel() {
        return stage.label();
    }

    MatterProgress at(MatterStage next) {
        return new MatterProgress(next, closedOn, version, lastChangedAt);
    }

    /** Moves on to {@code next} if the matter stands at {@code from}; any other stage stays. */
    MatterProgress advanced(MatterStage from, MatterStage next) {
        return stage == from ? at(next) : this;
    }

    MatterProgress closed(LocalDate on) {
        return new MatterProgress(MatterStage.CLOSED, on, version, lastChangedAt);
    }

    MatterProgress stamped(long sequence, Instant at) {
        return new MatterProgress(stage, closedOn, sequence, at);
    }
}
