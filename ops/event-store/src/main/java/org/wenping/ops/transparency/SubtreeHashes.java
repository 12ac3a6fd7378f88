package org.wenping.ops.transparency;

import java.util.List;

/**
 * MTH(D[from:to]) of RFC 6962 §2.1 for any non-empty range of a tree's leaves: what the tree head and the
 * proofs in {@link MerkleTree} are built from, so that one implementation of them serves both a bare list
 * of leaf hashes and a {@link MerkleLog} that keeps its subtrees.
 */
interface SubtreeHashes {
    byte[] hash(int from, int to);

    /** Every subtree hashed afresh from {@code leafHashes}: O(to - from) node hashes. */
    static SubtreeHashes of(List<byte[]> leafHashes) {
        return new SubtreeHashes() {
            @Override
            public byte[] hash(int from, int to) {
                return to - from == 1 ? leafHashes.get(from) : MerkleTree.hashOfHalves(this, from, to);
            }
        };
    }
}
