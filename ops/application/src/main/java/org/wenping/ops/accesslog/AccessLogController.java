package org.wenping.ops.accesslog;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.wenping.ops.verify.VerifyReport;
import org.wenping.query.web.QueryRefusedException;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;

/** {@code GET /api/ops/access-log} (admin, inspector): who read what, newest first; and the log's own verification. */
@RestController
@RequestMapping("/api/ops/access-log")
class AccessLogController {
    private static final int MAX_PAGE_SIZE = 200;
    private final AccessLog accessLog;

    AccessLogController(AccessLog accessLog) {
        this.accessLog = accessLog;
    }

    @GetMapping
    List<AccessLogLine> entries(@RequestParam(required = false) String record,
                                @RequestParam(required = false) String reader,
                                @RequestParam(required = false) String from,
                                @RequestParam(required = false) String to,
                                @RequestParam(defaultValue = "0") int page,
                                @RequestParam(defaultValue = "50") int size) {
        if (page < 0) throw QueryRefusedException.invalidParameter("page", "page 不能为负数");
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw QueryRefusedException.invalidParameter("size", "size 须在 1 到 " + MAX_PAGE_SIZE + " 之间");
        }
        return accessLog.find(new AccessLogQuery(record, reader, instant("from", from), instant("to", to), page, size));
    }

    @GetMapping("/integrity")
    VerifyReport integrity() {
        return accessLog.verify();
    }

    private static Instant instant(String parameter, String value) {
        if (value == null || value.isBlank()) return null;
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw QueryRefusedException.invalidParameter(parameter, parameter + " 须为 ISO-8601 时刻,如 2026-03-01T00:00:00Z");
        }
    }
}
