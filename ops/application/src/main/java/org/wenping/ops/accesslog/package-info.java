/**
 * The access log (issue 9 item 8): every read of a dossier, an accountability timeline, an export or personal data,
 * appended to a log kept by the event store's own engine on collections of its own, so chained, signed, checkpointed
 * and verified like the events.
 */
package org.wenping.ops.accesslog;
