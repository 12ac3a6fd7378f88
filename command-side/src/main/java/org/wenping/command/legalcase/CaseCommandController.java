package org.wenping.command.legalcase;

import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.wenping.command.grading.GradingSchemePolicy;
import org.wenping.command.personal.PersonalDataSealer;
import org.wenping.command.web.Accepted;
import org.wenping.command.web.CommandSender;
import org.wenping.command.web.IfMatch;
import org.wenping.kernel.jurisdiction.JurisdictionCode;
import org.wenping.kernel.legalcase.CaseId;
import org.wenping.kernel.personal.SealedPersonalData;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static org.wenping.command.domain.BusinessDates.orToday;

/**
 * Commands on 政法办案 cases: the listing, the ruling, the stage, visits and closure. Every answer carries the
 * case's new version as its ETag.
 */
@RestController
@RequestMapping("/api/cases")
class CaseCommandController {
    private final CommandSender commands;
    private final GradingSchemePolicy gradingSchemes;
    private final PersonalDataSealer sealer;

    CaseCommandController(CommandSender commands, GradingSchemePolicy gradingSchemes, PersonalDataSealer sealer) {
        this.commands = commands;
        this.gradingSchemes = gradingSchemes;
        this.sealer = sealer;
    }

    /**
     * Seals each 涉案人员 under a new key of that person, {@code <caseId>-p<n>}, before the command is sent, so that
     * no command, event or log carries them in clear; answers the key ids, which name the persons from then on.
     */
    @PostMapping
    ResponseEntity<Map<String, Object>> list(@Valid @RequestBody ListCaseRequest request) {
        CaseId id = CaseId.random();
        List<SealedPersonalData> persons = IntStream.range(0, request.persons().size())
                .mapToObj(n -> sealer.seal(id + "-p" + (n + 1), request.persons().get(n).details()))
                .toList();
        JurisdictionCode jurisdiction = new JurisdictionCode(request.jurisdiction());
        commands.register("/api/cases", id, new ListCaseCommand(id, request.caseNumber(), request.organ(),
                request.caseClass(), request.handler(), request.caseLead(), request.organHead(), request.summary(),
                persons, request.stage(), jurisdiction, gradingSchemes.schemeFor(jurisdiction),
                request.acceptedOn(), orToday(request.listedOn())));
        return Accepted.created("/api/cases", id, "personKeyIds",
                persons.stream().map(SealedPersonalData::keyId).toList());
    }

    @PostMapping("/{id}/report")
    ResponseEntity<Map<String, Object>> compileReport(@PathVariable CaseId id,
                                                      @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                                      @Valid @RequestBody CompileCaseReportRequest request) {
        return commands.send(id, new CompileCaseReportCommand(id, IfMatch.expectedVersion(ifMatch), request.caseName(),
                request.personKeyIds(), request.summary(), request.handlingStatus(), request.problems(),
                request.preventionPlan(), orToday(request.compiledOn())));
    }

    @PostMapping("/{id}/ruling")
    ResponseEntity<Map<String, Object>> rule(@PathVariable CaseId id,
                                             @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                             @Valid @RequestBody RuleOnCaseRequest request) {
        return commands.send(id, new RuleOnCaseCommand(id, IfMatch.expectedVersion(ifMatch), request.kind(),
                request.summary(), orToday(request.ruledOn())));
    }

    @PostMapping("/{id}/stage")
    ResponseEntity<Map<String, Object>> changeStage(@PathVariable CaseId id,
                                                    @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                                    @Valid @RequestBody ChangeCaseStageRequest request) {
        return commands.send(id, new ChangeCaseStageCommand(id, IfMatch.expectedVersion(ifMatch), request.stage(),
                request.reason(), orToday(request.changedOn())));
    }

    @PostMapping("/{id}/visits")
    ResponseEntity<Map<String, Object>> recordVisit(@PathVariable CaseId id,
                                                    @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                                    @Valid @RequestBody RecordCaseVisitRequest request) {
        return commands.send(id, new RecordCaseVisitCommand(id, IfMatch.expectedVersion(ifMatch), request.visitor(),
                request.summary(), orToday(request.visitedOn())));
    }

    @PostMapping("/{id}/closure")
    ResponseEntity<Map<String, Object>> close(@PathVariable CaseId id,
                                              @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                              @Valid @RequestBody CaseStepRequest request) {
        return commands.send(id, new CloseCaseCommand(id, IfMatch.expectedVersion(ifMatch), request.summary(),
                orToday(request.effectiveOn())));
    }
}
