/** The raw, ordered event history of one record, straight from the event store. */
package org.wenping.query.history;
