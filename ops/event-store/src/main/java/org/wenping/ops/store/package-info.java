/**
 * The event store on MongoDB: one document per commit keyed by its gapless global position, a unique
 * stream key per aggregate, a single group-committing appender per process and a durable-head marker
 * that tracking readers never read past.
 */
package org.wenping.ops.store;
