package org.wenping.ops.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ProblemDetail;

/**
 * One line per refusal, without a stack trace: a refusal is an answer, not a fault. Faults (5xx) are logged
 * where they are caught, with their stack.
 */
final class RefusalLog {
    private static final Logger log = LoggerFactory.getLogger(RefusalLog.class);

    private RefusalLog() {
    }

    static void refused(String method, String path, ProblemDetail problem) {
        if (problem.getStatus() >= 500) return;
        Object field = problem.getProperties() == null ? null : problem.getProperties().get("field");
        log.info("refused {} {}: {} {}{}", method, printable(path), problem.getStatus(),
                problem.getProperties() == null ? null : problem.getProperties().get("code"),
                field == null ? "" : " (" + field + ")");
    }

    /** A path as it can be logged on one line: control characters and overlong tails are cut. */
    private static String printable(String path) {
        if (path == null) return "";
        String cut = path.length() > 200 ? path.substring(0, 200) + "…" : path;
        return cut.replaceAll("\\p{Cntrl}", "?");
    }
}
