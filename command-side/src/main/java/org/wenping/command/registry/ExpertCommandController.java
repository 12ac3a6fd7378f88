package org.wenping.command.registry;

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
import org.wenping.kernel.jurisdiction.JurisdictionCode;
import org.wenping.kernel.matter.MatterId;
import org.wenping.kernel.registry.AgencyId;
import org.wenping.kernel.registry.ExpertId;

import java.util.List;
import java.util.Map;

import static org.wenping.command.domain.BusinessDates.orToday;

/** Commands on the 专家库, for the 维稳办 and administrators. Every answer carries the expert's new version as ETag. */
@RestController
@RequestMapping("/api/experts")
class ExpertCommandController {
    private final CommandSender commands;

    ExpertCommandController(CommandSender commands) {
        this.commands = commands;
    }

    @PostMapping
    ResponseEntity<Map<String, Object>> register(@Valid @RequestBody RegisterExpertRequest request) {
        ExpertId id = ExpertId.random();
        return commands.register("/api/experts", id, new RegisterExpertCommand(id, request.name(),
                request.specialty(), orEmpty(request.affiliatedUnits()), agencies(request.affiliatedAgencies()),
                new JurisdictionCode(request.jurisdiction()), orToday(request.registeredOn())));
    }

    @PostMapping("/{id}/affiliations")
    ResponseEntity<Map<String, Object>> changeAffiliations(@PathVariable ExpertId id,
                                                           @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                                           @Valid @RequestBody ChangeExpertAffiliationsRequest request) {
        return commands.send(id, new ChangeExpertAffiliationsCommand(id, IfMatch.expectedVersion(ifMatch),
                orEmpty(request.affiliatedUnits()), agencies(request.affiliatedAgencies()),
                orToday(request.changedOn())));
    }

    @PostMapping("/{id}/interests")
    ResponseEntity<Map<String, Object>> declareInterest(@PathVariable ExpertId id,
                                                        @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                                        @Valid @RequestBody DeclareExpertInterestRequest request) {
        return commands.send(id, new DeclareExpertInterestCommand(id, IfMatch.expectedVersion(ifMatch),
                new MatterId(request.matterId()), request.interest(), orToday(request.declaredOn())));
    }

    @PostMapping("/{id}/removal")
    ResponseEntity<Map<String, Object>> remove(@PathVariable ExpertId id,
                                               @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                               @Valid @RequestBody RetirementRequest request) {
        return commands.send(id, new RemoveExpertCommand(id, IfMatch.expectedVersion(ifMatch),
                request.reason(), orToday(request.effectiveOn())));
    }

    private static List<String> orEmpty(List<String> values) {
        return values == null ? List.of() : values;
    }

    private static List<AgencyId> agencies(List<String> ids) {
        return orEmpty(ids).stream().map(AgencyId::new).toList();
    }
}
