/** Serves the query side's raw event history straight from the event store. */
package org.wenping.ops.history;
