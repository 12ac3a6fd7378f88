package org.wenping.query.legalcase;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.wenping.kernel.actor.Actor;
import org.wenping.kernel.actor.Role;
import org.wenping.kernel.legalcase.CaseDimension;
import org.wenping.kernel.legalcase.CaseListedEvent;
import org.wenping.kernel.legalcase.CaseRulingMadeEvent;
import org.wenping.kernel.legalcase.ProceduralStage;
import org.wenping.kernel.matter.RiskLevel;
import org.wenping.kernel.personal.SealedPersonalData;
import org.wenping.query.live.LiveEvent;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;

import static org.wenping.query.legalcase.CaseStage.*;

/**
 * The current status of one 政法办案 case, composed of immutable parts. Each event yields a new view through a named
 * transition ({@link CaseStatusTransitions} picks it), then {@link #stamped} with the event's sequence and time. The
 * parts are unwrapped, so the stored document and the API's answer are one flat object. Persons appear only as
 * references to their sealed data. On the live stream it is the event {@code case}.
 *
 * @param heldBack R8 holds the ruling: the case is under assessment, not (yet) ruled on in its stage, and the risk of
 *                 the stage is unresolved (风险未化解的不得裁决)
 */
public record CaseStatusView(String id,
                             @JsonUnwrapped CaseListing listing,
                             @JsonUnwrapped CaseRisk risk,
                             @JsonUnwrapped @JsonProperty(RULING_PART) CaseRuling ruling,
                             List<SealedPerson> persons,
                             @JsonUnwrapped CaseProgress progress,
                             boolean heldBack) implements LiveEvent {
    /** Unwrapped, the part never shows; named {@code ruling} it would claim the ruling's code (as in the matter's view). */
    private static final String RULING_PART = "rulingPart";

    /** The view a case's first event opens (列入评估). */
    public static CaseStatusView listed(CaseListedEvent listed, Actor by, Instant at) {
        return of(listed.caseId().value(), CaseListing.of(listed, by, at),
                CaseRisk.listed(listed.caseClass().assessedFromAcceptance()), CaseRuling.PENDING,
                listed.persons().stream().map(SealedPersonalData::keyId).map(SealedPerson::sealed).toList(),
                CaseProgress.listed(listed.stage().name(), at));
    }

    private static CaseStatusView of(String id, CaseListing listing, CaseRisk risk, CaseRuling ruling,
                                     List<SealedPerson> persons, CaseProgress progress) {
        boolean awaitingRuling = progress.stage() != RULED && progress.stage() != CLOSED;
        return new CaseStatusView(id, listing, risk, ruling, persons, progress, awaitingRuling && risk.holdsRuling());
    }

    public CaseFacts facts() {
        return listing.facts();
    }

    /** The live stream's name for the view, not part of it. */
    @Override
    @JsonIgnore
    public String eventName() {
        return "case";
    }

    public CaseStatusView assessed(CaseDimension dimension) {
        return with(risk.assessed(dimension)).with(progress.stage() == LISTED ? progress.at(ASSESSING) : progress);
    }

    public CaseStatusView graded(RiskLevel level, LocalDate on) {
        return with(risk.graded(level, on)).with(progress.at(GRADED));
    }

    public CaseStatusView measureAdopted() {
        return with(risk.measureAdopted());
    }

    public CaseStatusView measureCompleted() {
        return with(risk.measureCompleted());
    }

    public CaseStatusView resolved(LocalDate on) {
        return with(risk.resolved(on)).with(progress.at(RESOLVED));
    }

    public CaseStatusView ruled(CaseRulingMadeEvent made) {
        return of(id, listing, risk, CaseRuling.made(made, risk), persons, progress.at(RULED));
    }

    /** A new procedural stage re-opens the assessment (R8: each stage is assessed anew). */
    public CaseStatusView inStage(ProceduralStage to) {
        return with(risk.reopened()).with(progress.inProceduralStage(to.name()));
    }

    public CaseStatusView visited() {
        return with(progress.visited());
    }

    public CaseStatusView closed(LocalDate on) {
        return with(progress.closed(on));
    }

    public CaseStatusView personErased(String keyId) {
        return withPerson(keyId, SealedPerson::erased);
    }

    public CaseStatusView personRestricted(String keyId, Role readableBy) {
        return withPerson(keyId, person -> person.restrictedTo(readableBy));
    }

    /** The view as of the event with {@code sequence}, recorded {@code at}: its version (the ETag) and time of change. */
    public CaseStatusView stamped(long sequence, Instant at) {
        return with(progress.stamped(sequence, at));
    }

    public long version() {
        return progress.version();
    }

    private CaseStatusView withPerson(String keyId, UnaryOperator<SealedPerson> change) {
        return of(id, listing, risk, ruling,
                persons.stream().map(p -> p.keyId().equals(keyId) ? change.apply(p) : p).toList(), progress);
    }

    private CaseStatusView with(CaseRisk next) {
        return of(id, listing, next, ruling, persons, progress);
    }

    private CaseStatusView with(CaseProgress next) {
        return of(id, listing, risk, ruling, persons, next);
    }
}
