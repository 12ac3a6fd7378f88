package org.wenping.ops.verify;

import java.util.List;

/**
 * The answer of a verification: whether the store is intact, how many events were checked, the
 * checkpoint it was held against (if any), the breaches in position order and notices that are no breach.
 */
public record VerifyReport(boolean ok, long checked, CheckpointRef checkpoint, List<Breach> breaches, List<String> notices) {

    public VerifyReport {
        breaches = List.copyOf(breaches);
        notices = List.copyOf(notices);
    }

    /** 0 intact, 1 manipulation, 2 gap or truncation, 3 only notices. */
    public int exitCode() {
        if (breaches.stream().anyMatch(b -> b.kind().grade() == BreachKind.Grade.MANIPULATION)) return 1;
        if (!breaches.isEmpty()) return 2;
        return notices.isEmpty() ? 0 : 3;
    }

    /** The published checkpoint the store was held against. */
    public record CheckpointRef(String origin, long size, String root) {
    }
}
