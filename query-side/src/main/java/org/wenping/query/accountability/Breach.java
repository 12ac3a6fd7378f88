package org.wenping.query.accountability;

import org.wenping.query.dossier.CodeLabel;

import java.time.LocalDate;
import java.util.List;

/**
 * A procedure breach the record shows by itself.
 *
 * @param code stable code, e.g. ASSESSMENT_NOT_USED
 * @param name the breach as domain.md names it, e.g. 评而不用
 * @param date the business date it concerns: the decision, the missed deadline or due date, the incident
 * @param eventIds the events that show it, in stream order
 * @param responsible those the record names as answerable; empty when it names nobody
 * @param note a qualification, e.g. 酌情减轻 when the measures had been carried out
 * @param correctedBy corrections recorded against any of {@code eventIds} (R10)
 */
public record Breach(String code, String name, CodeLabel rule, String description, LocalDate date,
                     List<String> eventIds, List<ResponsibleParty> responsible, String note, List<String> correctedBy) {

    static Breach of(BreachKind kind, String description, LocalDate date, List<String> eventIds,
                     List<ResponsibleParty> responsible, String note) {
        return new Breach(kind.name(), kind.label(), kind.rule().coded(), description, date, List.copyOf(eventIds),
                List.copyOf(responsible), note, List.of());
    }

    Breach withCorrections(List<String> corrections) {
        return new Breach(code, name, rule, description, date, eventIds, responsible, note, List.copyOf(corrections));
    }
}
