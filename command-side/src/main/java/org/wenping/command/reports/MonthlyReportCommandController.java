package org.wenping.command.reports;

import jakarta.validation.Valid;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.wenping.command.web.CommandSender;
import org.wenping.kernel.jurisdiction.JurisdictionCode;
import org.wenping.kernel.reports.MonthlyReportId;

import java.util.Map;

import static org.wenping.command.domain.BusinessDates.orToday;

/** {@code POST /api/monthly-reports}: a responsible unit submits a monthly report; the submitter is the caller. */
@RestController
class MonthlyReportCommandController {
    private final CommandSender commands;

    MonthlyReportCommandController(CommandSender commands) {
        this.commands = commands;
    }

    @PostMapping("/api/monthly-reports")
    @PreAuthorize("hasRole('ASSESSOR')")
    ResponseEntity<Map<String, Object>> submit(@Valid @RequestBody SubmitMonthlyReportRequest request) {
        JurisdictionCode jurisdiction = new JurisdictionCode(request.jurisdiction());
        String unit = request.responsibleUnit().strip();
        MonthlyReportId id = MonthlyReportId.of(jurisdiction, unit, request.month(), request.kind());
        try {
            return commands.register("/api/monthly-reports", id, new SubmitMonthlyReportCommand(id, request.kind(), unit,
                    jurisdiction, request.month(), request.figures(), orToday(request.submittedOn())));
        } catch (AggregateStreamCreationException submitted) {
            // The id is the unit's, month's and kind's: the store's unique stream key refuses a second submission.
            throw new ReportAlreadySubmittedException(id);
        }
    }
}
