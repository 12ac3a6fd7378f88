package org.wenping.command.matter;

import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.wenping.command.web.CommandSender;
import org.wenping.command.web.IfMatch;
import org.wenping.kernel.matter.MatterId;
import org.wenping.kernel.matter.RiskFactor;
import org.wenping.kernel.registry.AgencyId;
import org.wenping.kernel.registry.ExpertId;

import java.util.List;
import java.util.Map;

import static org.wenping.command.domain.BusinessDates.orToday;

/** Commands of the 评估 and 定级 stages. Every answer carries the matter's new version as its ETag. */
@RestController
@RequestMapping("/api/matters/{id}")
class AssessmentCommandController {
    private final CommandSender commands;

    AssessmentCommandController(CommandSender commands) {
        this.commands = commands;
    }

    @PostMapping("/agency-commission")
    ResponseEntity<Map<String, Object>> commissionAgency(@PathVariable MatterId id, @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                                         @Valid @RequestBody CommissionAgencyRequest request) {
        return commands.send(id, new CommissionAgencyCommand(id, IfMatch.expectedVersion(ifMatch),
                new AgencyId(request.agencyId()), request.selectionMethod(), orToday(request.commissionedOn())));
    }

    @PostMapping("/opinions")
    ResponseEntity<Map<String, Object>> collectOpinions(@PathVariable MatterId id, @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                                        @Valid @RequestBody CollectOpinionsRequest request) {
        return commands.send(id, new CollectOpinionsCommand(id, IfMatch.expectedVersion(ifMatch), request.method(),
                request.participants(), request.supportCount(), request.opposeCount(), request.summary(),
                orToday(request.collectedOn())));
    }

    @PostMapping("/analyses")
    ResponseEntity<Map<String, Object>> analyseDimension(@PathVariable MatterId id, @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                                         @Valid @RequestBody AnalyseDimensionRequest request) {
        List<RiskFactor> factors = request.riskFactors() == null ? List.of() : request.riskFactors().stream()
                .map(f -> new RiskFactor(f.description(), f.probability(), f.severity(), f.peopleInvolved(), f.form()))
                .toList();
        return commands.send(id, new AnalyseDimensionCommand(id, IfMatch.expectedVersion(ifMatch), request.dimension(),
                request.findings(), factors, orToday(request.analysedOn())));
    }

    @PostMapping("/grade")
    ResponseEntity<Map<String, Object>> grade(@PathVariable MatterId id, @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                              @Valid @RequestBody GradeRiskRequest request) {
        return commands.send(id, new GradeRiskCommand(id, IfMatch.expectedVersion(ifMatch), request.level(),
                request.reasons(), orToday(request.gradedOn())));
    }

    @PostMapping("/report")
    ResponseEntity<Map<String, Object>> compileReport(@PathVariable MatterId id, @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                                      @Valid @RequestBody CompileReportRequest request) {
        return commands.send(id, new CompileReportCommand(id, IfMatch.expectedVersion(ifMatch), request.title(),
                request.documentHash(), orToday(request.compiledOn())));
    }

    @PostMapping("/review")
    ResponseEntity<Map<String, Object>> review(@PathVariable MatterId id, @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                               @Valid @RequestBody ReviewReportRequest request) {
        return commands.send(id, new ReviewReportCommand(id, IfMatch.expectedVersion(ifMatch),
                request.panel().stream().map(ExpertId::new).toList(),
                request.opinions() == null ? List.of() : request.opinions(), request.conclusion(),
                orToday(request.reviewedOn())));
    }
}
