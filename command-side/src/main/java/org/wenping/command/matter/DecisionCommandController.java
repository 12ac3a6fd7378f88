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

import java.util.Map;

import static org.wenping.command.domain.BusinessDates.orToday;

/** The decision and what surrounds it: filings, escalation, closure, corrections. ETag = the matter's new version. */
@RestController
@RequestMapping("/api/matters/{id}")
class DecisionCommandController {
    private final CommandSender commands;

    DecisionCommandController(CommandSender commands) {
        this.commands = commands;
    }

    @PostMapping("/decision")
    ResponseEntity<Map<String, Object>> decide(@PathVariable MatterId id, @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                               @Valid @RequestBody MakeDecisionRequest request) {
        return commands.send(id, new MakeDecisionCommand(id, IfMatch.expectedVersion(ifMatch), request.decision(),
                request.meetingReference(), request.overrideReason(), orToday(request.decidedOn())));
    }

    @PostMapping("/filings")
    ResponseEntity<Map<String, Object>> recordFiling(@PathVariable MatterId id, @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                                     @Valid @RequestBody RecordFilingRequest request) {
        return commands.send(id, new RecordFilingCommand(id, IfMatch.expectedVersion(ifMatch), request.receiptNumber(),
                orToday(request.filedOn())));
    }

    @PostMapping("/escalation")
    ResponseEntity<Map<String, Object>> escalate(@PathVariable MatterId id, @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                                 @Valid @RequestBody ReasonRequest request) {
        return commands.send(id, new EscalateProcedureCommand(id, IfMatch.expectedVersion(ifMatch), request.reason(),
                orToday(request.effectiveOn())));
    }

    @PostMapping("/closure")
    ResponseEntity<Map<String, Object>> close(@PathVariable MatterId id, @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                              @Valid @RequestBody ReasonRequest request) {
        return commands.send(id, new CloseMatterCommand(id, IfMatch.expectedVersion(ifMatch), request.reason(),
                orToday(request.effectiveOn())));
    }

    @PostMapping("/corrections")
    ResponseEntity<Map<String, Object>> correct(@PathVariable MatterId id, @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                                @Valid @RequestBody CorrectEventRequest request) {
        return commands.send(id, new CorrectEventCommand(id, IfMatch.expectedVersion(ifMatch),
                request.correctedEventId(), request.reason(), orToday(request.correctedOn())));
    }
}
