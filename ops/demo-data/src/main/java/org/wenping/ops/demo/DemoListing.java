package org.wenping.ops.demo;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.wenping.command.legalcase.ListCaseCommand;
import org.wenping.command.personal.PersonalDataSealer;
import org.wenping.kernel.jurisdiction.JurisdictionCode;
import org.wenping.kernel.legalcase.CaseClass;
import org.wenping.kernel.legalcase.CaseId;
import org.wenping.kernel.legalcase.Organ;
import org.wenping.kernel.legalcase.ProceduralStage;
import org.wenping.kernel.matter.GradingScheme;
import org.wenping.kernel.personal.PersonDetails;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

/**
 * A demo case's listing before its 涉案人员 are sealed. The persons are sealed (each under its own key,
 * {@code <caseId>-p<n>}, as {@code POST /api/cases} does) only when the command is sent, so that planning the year,
 * which every start does, never touches the key store.
 */
record DemoListing(CaseId caseId, String caseNumber, Organ organ, CaseClass caseClass, Actors actors,
                   String summary, List<PersonDetails> persons, ProceduralStage stage, JurisdictionCode jurisdiction,
                   GradingScheme scheme, LocalDate acceptedOn, LocalDate listedOn) implements DeferredCommand {

    /** 承办人, 分管领导 and 主要领导 as the listing names them (by user id where they can log in). */
    record Actors(String handler, String caseLead, String organHead) {
    }

    @Override
    public ListCaseCommand complete(PersonalDataSealer sealer, EventStore eventStore) {
        return new ListCaseCommand(caseId, caseNumber, organ, caseClass, actors.handler(), actors.caseLead(),
                actors.organHead(), summary,
                IntStream.range(0, persons.size())
                        .mapToObj(n -> sealer.seal(caseId.value() + "-p" + (n + 1), persons.get(n))).toList(),
                stage, jurisdiction, scheme, acceptedOn, listedOn);
    }
}
