package org.wenping.command.legalcase;

import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.wenping.command.web.Accepted;
import org.wenping.command.web.CommandSender;
import org.wenping.command.web.IfMatch;
import org.wenping.kernel.legalcase.CaseId;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.wenping.command.domain.BusinessDates.orToday;

/**
 * The assessment of a case's current stage (seed 004 篇4): dimensions, opinions, grade, measures, resolution. Every
 * answer carries the case's new version as its ETag.
 */
@RestController
@RequestMapping("/api/cases/{id}")
class CaseAssessmentController {
    private final CommandSender commands;

    CaseAssessmentController(CommandSender commands) {
        this.commands = commands;
    }

    @PostMapping("/assessment")
    ResponseEntity<Map<String, Object>> assess(@PathVariable CaseId id,
                                               @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                               @Valid @RequestBody AssessCaseDimensionRequest request) {
        return commands.send(id, new AssessCaseDimensionCommand(id, IfMatch.expectedVersion(ifMatch),
                request.dimension(), request.findings(),
                request.predictedForms() == null ? List.of() : request.predictedForms(), orToday(request.assessedOn())));
    }

    @PostMapping("/opinions")
    ResponseEntity<Map<String, Object>> collectOpinions(@PathVariable CaseId id,
                                                        @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                                        @Valid @RequestBody CollectCaseOpinionsRequest request) {
        return commands.send(id, new CollectCaseOpinionsCommand(id, IfMatch.expectedVersion(ifMatch), request.method(),
                request.supportCount(), request.opposeCount(), request.summary(), orToday(request.collectedOn())));
    }

    @PostMapping("/grade")
    ResponseEntity<Map<String, Object>> grade(@PathVariable CaseId id,
                                              @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                              @Valid @RequestBody GradeCaseRiskRequest request) {
        return commands.send(id, new GradeCaseRiskCommand(id, IfMatch.expectedVersion(ifMatch), request.level(),
                request.reasons(), orToday(request.gradedOn())));
    }

    @PostMapping("/measures")
    ResponseEntity<Map<String, Object>> adoptMeasure(@PathVariable CaseId id,
                                                     @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                                     @Valid @RequestBody AdoptCaseMeasureRequest request) {
        String measureId = "measure-" + UUID.randomUUID();
        long version = commands.version(id, new AdoptCaseMeasureCommand(id, IfMatch.expectedVersion(ifMatch),
                measureId, request.description(), request.responsibleUnit(), request.responsiblePerson(),
                request.dueBy(), orToday(request.adoptedOn())));
        return Accepted.version(id, version, "measureId", measureId);
    }

    @PostMapping("/measures/{measureId}/completion")
    ResponseEntity<Map<String, Object>> completeMeasure(@PathVariable CaseId id, @PathVariable String measureId,
                                                        @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                                        @Valid @RequestBody CaseStepRequest request) {
        return commands.send(id, new CompleteCaseMeasureCommand(id, IfMatch.expectedVersion(ifMatch), measureId,
                request.summary(), orToday(request.effectiveOn())));
    }

    @PostMapping("/resolution")
    ResponseEntity<Map<String, Object>> resolve(@PathVariable CaseId id,
                                                @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                                @Valid @RequestBody CaseStepRequest request) {
        return commands.send(id, new ResolveCaseRiskCommand(id, IfMatch.expectedVersion(ifMatch), request.summary(),
                orToday(request.effectiveOn())));
    }
}
