package org.wenping.ops.web;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

import java.io.IOException;

/**
 * Tomcat's error report, as problem+json instead of an HTML page: for what Tomcat refuses before any servlet
 * sees the request (an encoded slash or NUL, malformed percent-encoding, a raw {@code [} in the query, a request
 * line over the header limit) and for any error status that reached it without a body.
 */
final class ProblemReportValve extends ErrorReportValve {
    private final ProblemWriter problems;

    ProblemReportValve(ProblemWriter problems) {
        this.problems = problems;
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) return;
        HttpStatus known = HttpStatus.resolve(status);
        ProblemDetail problem = Problems.forStatus(known == null ? HttpStatus.BAD_REQUEST : known);
        try {
            problems.write(request, response, problem);
            response.finishResponse();
        } catch (IOException | IllegalStateException unwritable) {
            // The connection is gone or already answered; there is no one left to tell.
        }
    }
}
