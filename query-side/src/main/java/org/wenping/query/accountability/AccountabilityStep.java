package org.wenping.query.accountability;

import org.wenping.query.dossier.ActorView;
import org.wenping.query.dossier.CodeLabel;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One step of a matter: who took it, in which role and unit, when (business date and recording time), the rules
 * it satisfied and the breaches it is part of.
 *
 * @param breaches codes of the {@link Breach}es whose events include this step
 * @param correctedBy the events that correct this step (R10)
 */
public record AccountabilityStep(
        long sequence,
        String eventId,
        String type,
        String action,
        LocalDate businessDate,
        Instant recordedAt,
        ActorView actor,
        List<CodeLabel> rulesSatisfied,
        List<String> breaches,
        List<String> correctedBy) {
}
