package org.wenping.command.matter;

import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.wenping.command.grading.GradingSchemePolicy;
import org.wenping.command.domain.BusinessDates;
import org.wenping.command.web.CommandSender;
import org.wenping.command.web.IfMatch;
import org.wenping.kernel.jurisdiction.JurisdictionCode;
import org.wenping.kernel.lists.AssessmentListId;
import org.wenping.kernel.matter.MatterId;

import java.util.List;
import java.util.Map;

/** Commands on 重大事项. Every answer carries the matter's new version as its ETag. */
@RestController
@RequestMapping("/api/matters")
class MatterCommandController {
    private final CommandSender commands;
    private final GradingSchemePolicy gradingSchemes;

    MatterCommandController(CommandSender commands, GradingSchemePolicy gradingSchemes) {
        this.commands = commands;
        this.gradingSchemes = gradingSchemes;
    }

    @PostMapping
    ResponseEntity<Map<String, Object>> register(@Valid @RequestBody RegisterMatterRequest request) {
        MatterId id = MatterId.random();
        JurisdictionCode jurisdiction = new JurisdictionCode(request.jurisdiction());
        return commands.register("/api/matters", id, new RegisterMatterCommand(id, request.title(),
                request.category(), request.domain(), request.responsibleUnit(), request.decisionAuthority(),
                jurisdiction, request.procedure(), request.assessorMode(), gradingSchemes.schemeFor(jurisdiction),
                BusinessDates.orToday(request.registeredOn()),
                request.listId() == null ? null : new AssessmentListId(request.listId()), request.listItemNo(),
                request.offListReason()));
    }

    @PostMapping("/{id}/assessment-plan")
    ResponseEntity<Map<String, Object>> draftAssessmentPlan(@PathVariable MatterId id,
                                                            @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                                            @Valid @RequestBody DraftAssessmentPlanRequest request) {
        return commands.send(id, new DraftAssessmentPlanCommand(id, IfMatch.expectedVersion(ifMatch),
                request.scope(), request.methods(), request.standards(), request.dueBy(),
                request.unitsInvolved() == null ? List.of() : request.unitsInvolved(),
                BusinessDates.orToday(request.draftedOn())));
    }
}
