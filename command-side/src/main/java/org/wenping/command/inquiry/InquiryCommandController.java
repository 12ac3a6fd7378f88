package org.wenping.command.inquiry;

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
import org.wenping.kernel.inquiry.InquiryId;
import org.wenping.kernel.jurisdiction.JurisdictionCode;

import java.util.Map;
import java.util.UUID;

import static org.wenping.command.domain.BusinessDates.orToday;

/** Commands of a 责任倒查. Every answer carries the inquiry's new version as its ETag. */
@RestController
@RequestMapping("/api/inquiries")
class InquiryCommandController {
    private final CommandSender commands;
    private final SubjectRecords subjects;

    InquiryCommandController(CommandSender commands, SubjectRecords subjects) {
        this.commands = commands;
        this.subjects = subjects;
    }

    /** R9 checks the inspector against the subject's jurisdiction, which only the subject's record knows. */
    @PostMapping
    ResponseEntity<Map<String, Object>> open(@Valid @RequestBody OpenInquiryRequest request) {
        JurisdictionCode jurisdiction = subjects.find(request.subjectId()).map(SubjectHistory::jurisdiction)
                .orElseThrow(() -> new SubjectNotFoundException(request.subjectId()));
        InquiryId id = InquiryId.random();
        return commands.register("/api/inquiries", id, new OpenInquiryCommand(id, request.subjectId(), jurisdiction,
                request.reason(), request.reasonText(), orToday(request.openedOn())));
    }

    @PostMapping("/{id}/findings")
    ResponseEntity<Map<String, Object>> recordFinding(@PathVariable InquiryId id,
                                                      @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                                      @Valid @RequestBody RecordFindingRequest request) {
        String findingId = "finding-" + UUID.randomUUID();
        long version = commands.version(id, new RecordFindingCommand(id, IfMatch.expectedVersion(ifMatch), findingId,
                request.person(), request.breach(), request.evidence(), request.statement(), orToday(request.foundOn())));
        return Accepted.version(id, version, "findingId", findingId);
    }

    @PostMapping("/{id}/sanctions")
    ResponseEntity<Map<String, Object>> imposeSanction(@PathVariable InquiryId id,
                                                       @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                                       @Valid @RequestBody ImposeSanctionRequest request) {
        return commands.send(id, new ImposeSanctionCommand(id, IfMatch.expectedVersion(ifMatch), request.findingId(),
                request.kind(), request.text(), orToday(request.imposedOn())));
    }

    @PostMapping("/{id}/conclusion")
    ResponseEntity<Map<String, Object>> conclude(@PathVariable InquiryId id,
                                                 @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                                 @Valid @RequestBody ConcludeInquiryRequest request) {
        return commands.send(id, new ConcludeInquiryCommand(id, IfMatch.expectedVersion(ifMatch), request.conclusion(),
                orToday(request.concludedOn())));
    }
}
