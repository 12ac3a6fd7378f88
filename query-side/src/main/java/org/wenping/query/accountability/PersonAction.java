package org.wenping.query.accountability;

import org.wenping.query.dossier.CodeLabel;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One action of one person on one matter: what they recorded, in which role and unit, when, the rules the step
 * satisfied, and the breaches the event carries on itself (a flagged 评而不用, a 迟报).
 */
public record PersonAction(
        String eventId,
        long sequence,
        String type,
        String action,
        LocalDate businessDate,
        Instant recordedAt,
        String displayName,
        String role,
        String roleLabel,
        String unit,
        List<CodeLabel> rulesSatisfied,
        List<CodeLabel> flags) {
}
