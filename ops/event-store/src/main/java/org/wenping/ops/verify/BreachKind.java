package org.wenping.ops.verify;

/** What a verifier found wrong at a position, and whether it is a manipulation or a gap. */
public enum BreachKind {
    /** An event's content no longer hashes to its stored hash: a payload, metadata or header value changed. */
    ALTERED(Grade.MANIPULATION),
    /** A commit whose hashes are right but that carries no valid signature by a trusted key. */
    FORGED(Grade.MANIPULATION),
    /** An event or commit that does not belong to the chain: unsigned and not linked, or beyond its signed count. */
    INSERTED(Grade.MANIPULATION),
    /** A genuine commit found at another position than the one it was signed for. */
    REORDERED(Grade.MANIPULATION),
    /** A hole in the global order: positions that were written and are gone. */
    DELETED(Grade.GAP),
    /** The order ends before a position that was durably acknowledged or published in a checkpoint. */
    TRUNCATED(Grade.GAP),
    /** Every event of one or more records (aggregate streams) is gone. */
    STREAM_REMOVED(Grade.GAP);

    private final Grade grade;

    BreachKind(Grade grade) {
        this.grade = grade;
    }

    public Grade grade() {
        return grade;
    }

    /** Manipulations make the CLI exit with 1, gaps with 2. */
    public enum Grade { MANIPULATION, GAP }
}
