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
import org.wenping.kernel.registry.AgencyId;

import java.util.Map;

import static org.wenping.command.domain.BusinessDates.orToday;

/** Commands on the registry of third-party assessment agencies (R4), for the 维稳办 and administrators. */
@RestController
@RequestMapping("/api/agencies")
class AgencyCommandController {
    private final CommandSender commands;

    AgencyCommandController(CommandSender commands) {
        this.commands = commands;
    }

    @PostMapping
    ResponseEntity<Map<String, Object>> register(@Valid @RequestBody RegisterAgencyRequest request) {
        AgencyId id = AgencyId.random();
        return commands.register("/api/agencies", id, new RegisterAgencyCommand(id, request.name(),
                request.creditCode(), new JurisdictionCode(request.jurisdiction()), orToday(request.registeredOn())));
    }

    @PostMapping("/{id}/deregistration")
    ResponseEntity<Map<String, Object>> deregister(@PathVariable AgencyId id,
                                                   @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                                   @Valid @RequestBody RetirementRequest request) {
        return commands.send(id, new DeregisterAgencyCommand(id, IfMatch.expectedVersion(ifMatch),
                request.reason(), orToday(request.effectiveOn())));
    }
}
