/** A one-run benchmark of the event store on the embedded server, reported as ratios to the raw MongoDB driver on the same server. */
package org.wenping.ops.bench;
