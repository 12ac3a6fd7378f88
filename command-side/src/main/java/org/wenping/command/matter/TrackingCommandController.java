package org.wenping.command.matter;

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
import org.wenping.kernel.matter.MatterId;

import java.util.Map;
import java.util.UUID;

import static org.wenping.command.domain.BusinessDates.orToday;

/** Commands of the 跟踪 stage, and re-assessment (R7). Every answer carries the matter's new version as its ETag. */
@RestController
@RequestMapping("/api/matters/{id}")
class TrackingCommandController {
    private final CommandSender commands;

    TrackingCommandController(CommandSender commands) {
        this.commands = commands;
    }

    @PostMapping("/measures")
    ResponseEntity<Map<String, Object>> adoptMeasure(@PathVariable MatterId id, @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                                     @Valid @RequestBody AdoptMitigationMeasureRequest request) {
        String measureId = "measure-" + UUID.randomUUID();
        long version = commands.version(id, new AdoptMitigationMeasureCommand(id, IfMatch.expectedVersion(ifMatch),
                measureId, request.description(), request.responsibleUnit(), request.responsiblePerson(),
                request.dueBy(), orToday(request.adoptedOn())));
        return Accepted.version(id, version, "measureId", measureId);
    }

    @PostMapping("/measures/{measureId}/completion")
    ResponseEntity<Map<String, Object>> completeMeasure(@PathVariable MatterId id, @PathVariable String measureId, @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                                        @Valid @RequestBody CompleteMitigationMeasureRequest request) {
        return commands.send(id, new CompleteMitigationMeasureCommand(id, IfMatch.expectedVersion(ifMatch), measureId,
                request.outcome(), orToday(request.completedOn())));
    }

    @PostMapping("/contingency-plans")
    ResponseEntity<Map<String, Object>> prepareContingencyPlan(@PathVariable MatterId id, @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                                               @Valid @RequestBody PrepareContingencyPlanRequest request) {
        return commands.send(id, new PrepareContingencyPlanCommand(id, IfMatch.expectedVersion(ifMatch),
                request.title(), request.summary(), orToday(request.preparedOn())));
    }

    @PostMapping("/tracking-reports")
    ResponseEntity<Map<String, Object>> submitTrackingReport(@PathVariable MatterId id, @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                                             @Valid @RequestBody SubmitTrackingReportRequest request) {
        return commands.send(id, new SubmitTrackingReportCommand(id, IfMatch.expectedVersion(ifMatch),
                request.summary(), request.risksUnderControl(), orToday(request.reportedOn())));
    }

    @PostMapping("/incidents")
    ResponseEntity<Map<String, Object>> reportIncident(@PathVariable MatterId id, @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                                       @Valid @RequestBody ReportIncidentRequest request) {
        return commands.send(id, new ReportIncidentCommand(id, IfMatch.expectedVersion(ifMatch), request.form(),
                request.headcount(), request.occurredOn(), request.place(), request.description()));
    }

    @PostMapping("/reassessment")
    ResponseEntity<Map<String, Object>> openReassessment(@PathVariable MatterId id, @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                                         @Valid @RequestBody ReasonRequest request) {
        return commands.send(id, new OpenReassessmentCommand(id, IfMatch.expectedVersion(ifMatch), request.reason(),
                orToday(request.effectiveOn())));
    }
}
