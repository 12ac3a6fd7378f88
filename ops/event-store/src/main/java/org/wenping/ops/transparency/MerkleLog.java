package org.wenping.ops.transparency;

import java.util.ArrayList;
import java.util.List;

/**
 * The RFC 6962 tree of a log that only grows, asked for tree heads and proofs at any size it has reached.
 * {@link MerkleTree} over a list hashes every subtree a head or proof needs from its leaves, O(n) node
 * hashes each, seconds for one record's proofs at millions of events. This keeps, besides the leaf hashes,
 * the hash of every perfect subtree completed so far at an aligned boundary (level j: the blocks of 2^j
 * leaves starting at a multiple of 2^j), 64 bytes a leaf in all, about what a list of the leaf hashes took;
 * an append completes at most one node per level, one node hash amortised. RFC 6962's split of [0, n) only ever asks for those blocks
 * and for the ranges down the right edge of the tree, one per bit of n, so a tree head or a proof hashes
 * fewer than log2(n) + 1 nodes, and gives the very bytes {@link MerkleTree} gives over the same leaves.
 *
 * <p>Not thread safe: its user appends and reads under one lock.
 */
public final class MerkleLog {
    private final List<HashColumn> levels = new ArrayList<>();
    private final SubtreeHashes subtrees = this::hash;
    private long nodesHashed;

    public void append(byte[] leafHash) {
        int index = size();
        byte[] node = leafHash;
        for (int level = 0; ; level++) {
            if (level == levels.size()) levels.add(new HashColumn());
            HashColumn column = levels.get(level);
            column.add(node);
            if ((index & 1) == 0) return;
            node = MerkleTree.nodeHash(column.get(index - 1), node);
            index >>= 1;
        }
    }

    public int size() {
        return levels.isEmpty() ? 0 : levels.get(0).size();
    }

    /** The tree head of the first {@code size} leaves. */
    public byte[] root(int size) {
        reached(size);
        return MerkleTree.root(subtrees, size);
    }

    /** As {@link MerkleTree#inclusionProof(List, int, int)}. */
    public List<byte[]> inclusionProof(int index, int size) {
        reached(size);
        return MerkleTree.inclusionProof(subtrees, index, size);
    }

    /** As {@link MerkleTree#consistencyProof(List, int, int)}. */
    public List<byte[]> consistencyProof(int first, int second) {
        reached(second);
        return MerkleTree.consistencyProof(subtrees, first, second);
    }

    byte[] hash(int from, int to) {
        int leaves = to - from;
        if (Integer.bitCount(leaves) == 1 && from % leaves == 0) {
            int level = Integer.numberOfTrailingZeros(leaves);
            return levels.get(level).get(from >> level);
        }
        nodesHashed++;
        return MerkleTree.hashOfHalves(subtrees, from, to);
    }

    /** The node hashes {@link #hash} computed rather than found, so that a test can bound them without a clock. */
    long nodesHashed() {
        return nodesHashed;
    }

    private void reached(int size) {
        if (size < 0 || size > size()) throw new IllegalArgumentException("the tree has " + size() + " leaves, not " + size);
    }
}
