package org.wenping.query.matter;

import org.wenping.kernel.actor.Actor;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The current status of one matter. Immutable; each event yields a new view through a named transition.
 *
 * @param version the sequence number of the last event applied, the matter's ETag
 */
public record MatterStatusView(
        String id,
        String title,
        String category,
        String domain,
        String responsibleUnit,
        String decisionAuthority,
        String jurisdiction,
        String procedure,
        String assessorMode,
        String gradingScheme,
        LocalDate registeredOn,
        Instant registeredAt,
        Actor registeredBy,
        MatterStage stage,
        String stageLabel,
        LocalDate assessmentDueBy,
        long version,
        Instant lastChangedAt) {

    MatterStatusView planned(LocalDate dueBy, long sequence, Instant at) {
        return new MatterStatusView(id, title, category, domain, responsibleUnit, decisionAuthority, jurisdiction,
                procedure, assessorMode, gradingScheme, registeredOn, registeredAt, registeredBy,
                MatterStage.ASSESSING, MatterStage.ASSESSING.label(), dueBy, sequence, at);
    }
}
