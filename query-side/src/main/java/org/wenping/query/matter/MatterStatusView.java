package org.wenping.query.matter;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.wenping.kernel.actor.Actor;
import org.wenping.kernel.matter.DecisionMadeEvent;
import org.wenping.kernel.matter.MatterRegisteredEvent;
import org.wenping.kernel.matter.Procedure;
import org.wenping.kernel.matter.RiskLevel;

import java.time.Instant;
import java.time.LocalDate;

import static org.wenping.query.matter.MatterStage.*;

/**
 * The current status of one matter, composed of immutable parts. Each event yields a new view through a named
 * transition ({@link MatterStatusTransitions} picks it), then {@link #stamped} with the event's sequence and time.
 * The parts are unwrapped, so the stored document and the answer of the API are one flat object, as before.
 */
public record MatterStatusView(String id,
                               @JsonUnwrapped MatterRegistration registration,
                               @JsonUnwrapped MatterAssessment assessment,
                               @JsonUnwrapped @JsonProperty(DECISION_PART) MatterDecision decision,
                               @JsonUnwrapped MatterTracking tracking,
                               @JsonUnwrapped MatterProgress progress) {
    /**
     * The decision part's name for Jackson: unwrapped, it never shows, but named {@code decision} it would claim
     * the field {@code decision} (the decision's code) and fail to read that string as the whole part.
     */
    private static final String DECISION_PART = "decisionPart";

    /** The view a matter's first event opens (立项). */
    public static MatterStatusView registered(MatterRegisteredEvent registered, Actor by, Instant at) {
        return new MatterStatusView(registered.matterId().value(), MatterRegistration.of(registered, by, at),
                MatterAssessment.of(registered), MatterDecision.PENDING, MatterTracking.NONE, MatterProgress.registered(at));
    }

    /** The facts registered with the matter; a shortcut, since almost every reader needs them. */
    public MatterFacts facts() {
        return registration.facts();
    }

    /** An assessment plan (评估方案) due by {@code dueBy}: a registered matter is now being assessed. */
    public MatterStatusView planned(LocalDate dueBy) {
        return with(assessment.planned(dueBy)).with(progress.advanced(REGISTERED, ASSESSING));
    }

    public MatterStatusView graded(RiskLevel level) {
        return with(assessment.graded(level)).with(progress.at(GRADED));
    }

    public MatterStatusView escalated(Procedure to) {
        return with(assessment.escalated(to));
    }

    /** A decision (决策), replacing any earlier one: its filing starts afresh. */
    public MatterStatusView decided(DecisionMadeEvent made) {
        return with(MatterDecision.made(made)).with(progress.at(DECIDED));
    }

    /** The 维稳办 received the decision's filing on {@code on} (R6). */
    public MatterStatusView decisionFiled(LocalDate on, boolean late) {
        return with(decision.filed(on, late));
    }

    /** A 化解措施 adopted, due by {@code dueBy} (null: no due date). */
    public MatterStatusView measureAdopted(String measureId, LocalDate dueBy) {
        return with(tracking.measureAdopted(measureId, dueBy)).with(progress.advanced(DECIDED, TRACKING));
    }

    public MatterStatusView measureCompleted(String measureId) {
        return with(tracking.measureCompleted(measureId));
    }

    public MatterStatusView trackingReported() {
        return with(progress.advanced(DECIDED, TRACKING));
    }

    public MatterStatusView incidentOn(LocalDate occurredOn) {
        return with(tracking.incident(decision.precedes(occurredOn)));
    }

    public MatterStatusView reassessing() {
        return with(progress.at(REASSESSING));
    }

    public MatterStatusView closed(LocalDate on) {
        return with(progress.closed(on));
    }

    /** The view as of the event with {@code sequence}, recorded {@code at}: its version (the ETag) and time of change. */
    public MatterStatusView stamped(long sequence, Instant at) {
        return with(progress.stamped(sequence, at));
    }

    public long version() {
        return progress.version();
    }

    private MatterStatusView with(MatterAssessment next) {
        return new MatterStatusView(id, registration, next, decision, tracking, progress);
    }

    private MatterStatusView with(MatterDecision next) {
        return new MatterStatusView(id, registration, assessment, next, tracking, progress);
    }

    private MatterStatusView with(MatterTracking next) {
        return new MatterStatusView(id, registration, assessment, decision, next, progress);
    }

    private MatterStatusView with(MatterProgress next) {
        return new MatterStatusView(id, registration, assessment, decision, tracking, next);
    }
}
