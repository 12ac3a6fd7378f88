package org.wenping.ops.accesslog;

import java.time.Instant;

/**
 * One audited read, as the access log stores it (the payload of one event of that log). Who, in which role and unit,
 * when, what kind of record view, which record, from which client address, and the HTTP status it was answered with.
 */
record AccessLogEntry(String readerId, String readerName, String role, String unit, String jurisdiction,
                      AccessKind kind, String recordId, String path, String clientAddress, int status, Instant at) {
}
