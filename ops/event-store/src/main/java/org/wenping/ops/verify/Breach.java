package org.wenping.ops.verify;

/** One finding of a verification: where, what kind, which record (when known) and a zh-CN explanation. */
public record Breach(long position, BreachKind kind, String aggregateId, String detail) {
}
