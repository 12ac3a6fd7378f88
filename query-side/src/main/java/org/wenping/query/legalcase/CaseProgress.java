package org.wenping.query.legalcase;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.wenping.kernel.legalcase.ProceduralStage;

import java.time.Instant;
import java.time.LocalDate;

/**
 * How far the case has come (its assessment stage, its procedural stage, visits, closure) and how far the view has
 * come through its events.
 *
 * @param proceduralStage 侦查, 审查起诉, 审判 … as the case's events last named it
 * @param version         the sequence number of the last event applied, the case's ETag
 * @param lastChangedAt   when that event was recorded
 */
public record CaseProgress(CaseStage stage, String proceduralStage, int visits, LocalDate closedOn, long version,
                           Instant lastChangedAt) {
    static CaseProgress listed(String proceduralStage, Instant at) {
        return new CaseProgress(CaseStage.LISTED, proceduralStage, 0, null, 0, at);
    }

    /** The stage's zh-CN name, answered beside the stage; derived, so never stored apart from it. */
    @JsonProperty("stageLabel")
    public String stageLabel() {
        return stage.label();
    }

    /** The procedural stage's zh-CN name (侦查, 审判 …), answered beside its code. */
    @JsonProperty("proceduralStageLabel")
    public String proceduralStageLabel() {
        return ProceduralStage.valueOf(proceduralStage).label();
    }

    CaseProgress at(CaseStage next) {
        return new CaseProgress(next, proceduralStage, visits, closedOn, version, lastChangedAt);
    }

    CaseProgress inProceduralStage(String next) {
        return new CaseProgress(CaseStage.LISTED, next, visits, closedOn, version, lastChangedAt);
    }

    CaseProgress visited() {
        return new CaseProgress(stage, proceduralStage, visits + 1, closedOn, version, lastChangedAt);
    }

    CaseProgress closed(LocalDate on) {
        return new CaseProgress(CaseStage.CLOSED, proceduralStage, visits, on, version, lastChangedAt);
    }

    CaseProgress stamped(long sequence, Instant at) {
        return new CaseProgress(stage, proceduralStage, visits, closedOn, sequence, at);
    }
}
