package org.wenping.command.registry;

import jakarta.validation.Valid;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.wenping.command.web.Accepted;
import org.wenping.command.web.CommandMetadata;
import org.wenping.command.web.IfMatch;
import org.wenping.kernel.jurisdiction.JurisdictionCode;
import org.wenping.kernel.matter.MatterId;
import org.wenping.kernel.registry.AgencyId;
import org.wenping.kernel.registry.ExpertId;

import java.net.URI;
import java.util.List;
import java.util.Map;

import static org.wenping.command.web.BusinessDates.orToday;

/** Commands on the 专家库, for the 维稳办 and administrators. Every answer carries the expert's new version as ETag. */
@RestController
@RequestMapping("/api/experts")
@PreAuthorize("hasAnyRole('ADMIN', 'SUPERVISOR')")
class ExpertCommandController {
    private final CommandGateway commands;

    ExpertCommandController(CommandGateway commands) {
        this.commands = commands;
    }

    @PostMapping
    ResponseEntity<Map<String, Object>> register(@Valid @RequestBody RegisterExpertRequest request) {
        ExpertId id = ExpertId.random();
        commands.sendAndWait(new RegisterExpertCommand(id, request.name(), request.specialty(),
                orEmpty(request.affiliatedUnits()), agencies(request.affiliatedAgencies()),
                new JurisdictionCode(request.jurisdiction()), orToday(request.registeredOn())),
                CommandMetadata.forCurrentRequest());
        return ResponseEntity.created(URI.create("/api/experts/" + id)).eTag(IfMatch.etag(0))
                .body(Map.of("id", id.value(), "version", 0));
    }

    @PostMapping("/{id}/affiliations")
    ResponseEntity<Map<String, Object>> changeAffiliations(@PathVariable ExpertId id,
                                                           @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                                           @Valid @RequestBody ChangeExpertAffiliationsRequest request) {
        long version = commands.sendAndWait(new ChangeExpertAffiliationsCommand(id, IfMatch.expectedVersion(ifMatch),
                orEmpty(request.affiliatedUnits()), agencies(request.affiliatedAgencies()),
                orToday(request.changedOn())), CommandMetadata.forCurrentRequest());
        return Accepted.version(id, version);
    }

    @PostMapping("/{id}/interests")
    ResponseEntity<Map<String, Object>> declareInterest(@PathVariable ExpertId id,
                                                        @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                                        @Valid @RequestBody DeclareExpertInterestRequest request) {
        long version = commands.sendAndWait(new DeclareExpertInterestCommand(id, IfMatch.expectedVersion(ifMatch),
                new MatterId(request.matterId()), request.interest(), orToday(request.declaredOn())),
                CommandMetadata.forCurrentRequest());
        return Accepted.version(id, version);
    }

    @PostMapping("/{id}/removal")
    ResponseEntity<Map<String, Object>> remove(@PathVariable ExpertId id,
                                               @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                               @Valid @RequestBody RetirementRequest request) {
        long version = commands.sendAndWait(new RemoveExpertCommand(id, IfMatch.expectedVersion(ifMatch),
                request.reason(), orToday(request.effectiveOn())), CommandMetadata.forCurrentRequest());
        return Accepted.version(id, version);
    }

    private static List<String> orEmpty(List<String> values) {
        return values == null ? List.of() : values;
    }

    private static List<AgencyId> agencies(List<String> ids) {
        return orEmpty(ids).stream().map(AgencyId::new).toList();
    }
}
