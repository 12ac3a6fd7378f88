package org.wenping.command.legalcase;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.wenping.command.web.CommandSender;
import org.wenping.command.web.IfMatch;
import org.wenping.kernel.identity.Identifiers;
import org.wenping.kernel.legalcase.CaseId;

import java.util.Map;

import static org.wenping.command.domain.BusinessDates.orToday;

/**
 * Erasure of one 涉案人员's data (PIPL Art. 47), or its restriction where a retention duty forbids erasure. The
 * command records the act; the key store destroys or restricts the person's key on the recorded event.
 */
@RestController
class CasePersonalDataController {
    private final CommandSender commands;

    CasePersonalDataController(CommandSender commands) {
        this.commands = commands;
    }

    @PostMapping("/api/cases/{id}/persons/{keyId}/erasure")
    ResponseEntity<Map<String, Object>> erase(@PathVariable CaseId id,
                                              @PathVariable @Pattern(regexp = Identifiers.FORM_REGEX) String keyId,
                                              @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                              @Valid @RequestBody ErasePersonalDataRequest request) {
        Long expectedVersion = IfMatch.expectedVersion(ifMatch);
        if (request.restrictInstead()) {
            return commands.send(id, new RestrictPersonalDataCommand(id, expectedVersion, keyId,
                    request.legalGround(), request.readableBy(), orToday(request.effectiveOn())));
        }
        return commands.send(id, new ErasePersonalDataCommand(id, expectedVersion, keyId, request.legalGround(),
                orToday(request.effectiveOn())));
    }
}
