package org.wenping.command.lists;

import jakarta.validation.Valid;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.wenping.command.web.CommandSender;
import org.wenping.command.web.IfMatch;
import org.wenping.kernel.jurisdiction.JurisdictionCode;
import org.wenping.kernel.lists.AssessmentListId;
import org.wenping.kernel.matter.MatterId;

import java.util.Map;

import static org.wenping.command.domain.BusinessDates.orToday;

/** Commands on yearly assessment lists: the unit compiles and amends, the 维稳办 records the filing. */
@RestController
@RequestMapping("/api/assessment-lists")
class AssessmentListCommandController {
    private static final String LISTS = "/api/assessment-lists";

    private final CommandSender commands;

    AssessmentListCommandController(CommandSender commands) {
        this.commands = commands;
    }

    /** One list per unit, jurisdiction and year: its id follows from them, and a second one is refused. */
    @PostMapping
    @PreAuthorize("hasRole('ASSESSOR')")
    ResponseEntity<Map<String, Object>> compile(@Valid @RequestBody CompileAssessmentListRequest request) {
        JurisdictionCode jurisdiction = new JurisdictionCode(request.jurisdiction());
        AssessmentListId id = AssessmentListId.of(jurisdiction, request.responsibleUnit(), request.year());
        try {
            return commands.register(LISTS, id, new CompileAssessmentListCommand(id, request.responsibleUnit().strip(),
                    jurisdiction, request.year(), request.items().stream().map(PlannedItemRequest::toItem).toList(),
                    orToday(request.compiledOn())));
        } catch (AggregateStreamCreationException listExists) {
            // The id is the unit's and year's: the store's unique stream key is what refuses a second list.
            throw new ListAlreadyCompiledException(id);
        }
    }

    @PostMapping("/{id}/filing")
    @PreAuthorize("hasRole('SUPERVISOR')")
    ResponseEntity<Map<String, Object>> file(@PathVariable AssessmentListId id,
                                             @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                             @Valid @RequestBody FileAssessmentListRequest request) {
        return commands.send(id, new FileAssessmentListCommand(id, IfMatch.expectedVersion(ifMatch),
                request.receiptNumber(), orToday(request.filedOn())));
    }

    @PostMapping("/{id}/items")
    @PreAuthorize("hasRole('ASSESSOR')")
    ResponseEntity<Map<String, Object>> add(@PathVariable AssessmentListId id,
                                            @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                            @Valid @RequestBody AddListItemRequest request) {
        return commands.send(id, new AddListItemCommand(id, IfMatch.expectedVersion(ifMatch), request.item().toItem(),
                request.reason(), request.matterId() == null ? null : new MatterId(request.matterId()),
                orToday(request.addedOn())));
    }

    @PostMapping("/{id}/items/{itemNo}/withdrawal")
    @PreAuthorize("hasRole('ASSESSOR')")
    ResponseEntity<Map<String, Object>> withdraw(@PathVariable AssessmentListId id, @PathVariable int itemNo,
                                                 @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                                 @Valid @RequestBody WithdrawListItemRequest request) {
        return commands.send(id, new WithdrawListItemCommand(id, IfMatch.expectedVersion(ifMatch), itemNo,
                request.reason(), orToday(request.withdrawnOn())));
    }
}
