package org.wenping.ops.replay;

import java.time.Instant;

/** One parked event, as the dead-letter endpoint lists it. */
record DeadLetterView(String projection, String eventId, String eventType, String aggregateId, Long sequence,
                      String causeType, String causeMessage, Instant enqueuedAt, Instant lastTouched) {
}
