/** Rebuilding projections from the event store with progress, and the dead-letter queue of failed events. */
package org.wenping.ops.replay;
