package org.wenping.ops.store;

/**
 * The text a commit's signature covers, one field a line, each line ending in a newline:
 * <pre>
 * wenping-commit/v1
 * first global position
 * event count
 * streams started up to and including this commit
 * aggregate type (empty when the commit has no aggregate)
 * previousHash: the chain hash the commit's first event links to
 * lastHash: the chain hash of the commit's last event
 * </pre>
 * The event hashes chain every event's content to {@code lastHash}, so signing this text signs every
 * event of the commit and its place in the order.
 */
public record CommitStatement(long firstPosition, int count, long streams, String aggregateType,
                              String previousHash, String lastHash) {

    public String text() {
        return "wenping-commit/v1\n" + firstPosition + "\n" + count + "\n" + streams + "\n"
                + (aggregateType == null ? "" : aggregateType) + "\n" + previousHash + "\n" + lastHash + "\n";
    }
}
