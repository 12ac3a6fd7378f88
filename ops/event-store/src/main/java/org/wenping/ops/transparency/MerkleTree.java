package org.wenping.ops.transparency;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * RFC 6962 §2.1 (RFC 9162 §2.1) over a list of leaf hashes: tree heads, inclusion and consistency
 * proofs, and their verification as RFC 9162 §2.1.3.2 and §2.1.4.2 spell it out. Leaf hash =
 * SHA-256(0x00 ‖ leaf), node = SHA-256(0x01 ‖ left ‖ right), a tree of n leaves splits at the largest
 * power of two below n, the empty tree hashes to SHA-256 of nothing. The heads and proofs are built from
 * {@link SubtreeHashes}: over a list every subtree is hashed afresh, {@link MerkleLog} keeps them.
 */
public final class MerkleTree {
    private MerkleTree() {
    }

    public static byte[] leafHash(byte[] leaf) {
        MessageDigest sha256 = sha256();
        sha256.update((byte) 0);
        return sha256.digest(leaf);
    }

    static byte[] nodeHash(byte[] left, byte[] right) {
        MessageDigest sha256 = sha256();
        sha256.update((byte) 1);
        sha256.update(left);
        return sha256.digest(right);
    }

    /** The tree head of the first {@code size} leaf hashes. */
    public static byte[] root(List<byte[]> leafHashes, int size) {
        return root(SubtreeHashes.of(leafHashes), size);
    }

    static byte[] root(SubtreeHashes tree, int size) {
        return size == 0 ? sha256().digest() : tree.hash(0, size);
    }

    /** MTH over [from, to) (two or more leaves) from the hashes of its two RFC 6962 halves as {@code tree} gives them. */
    static byte[] hashOfHalves(SubtreeHashes tree, int from, int to) {
        int k = split(to - from);
        return nodeHash(tree.hash(from, from + k), tree.hash(from + k, to));
    }

    /** The largest power of two smaller than {@code n} (n ≥ 2). */
    static int split(int n) {
        return Integer.highestOneBit(n - 1);
    }

    /** PATH(m, D[n]) of RFC 6962 §2.1.1: the audit path of leaf {@code index} in the tree of {@code size}. */
    public static List<byte[]> inclusionProof(List<byte[]> leaves, int index, int size) {
        return inclusionProof(SubtreeHashes.of(leaves), index, size);
    }

    static List<byte[]> inclusionProof(SubtreeHashes tree, int index, int size) {
        if (index < 0 || index >= size) throw new IllegalArgumentException("leaf " + index + " is not in a tree of " + size);
        List<byte[]> proof = new ArrayList<>();
        path(tree, index, 0, size, proof);
        return proof;
    }

    private static void path(SubtreeHashes tree, int index, int from, int to, List<byte[]> proof) {
        if (to - from == 1) return;
        int k = split(to - from);
        if (index < k) {
            path(tree, index, from, from + k, proof);
            proof.add(tree.hash(from + k, to));
        } else {
            path(tree, index - k, from + k, to, proof);
            proof.add(tree.hash(from, from + k));
        }
    }

    /** PROOF(m, D[n]) of RFC 6962 §2.1.2: what proves the tree of {@code first} a prefix of the tree of {@code second}. */
    public static List<byte[]> consistencyProof(List<byte[]> leaves, int first, int second) {
        return consistencyProof(SubtreeHashes.of(leaves), first, second);
    }

    static List<byte[]> consistencyProof(SubtreeHashes tree, int first, int second) {
        if (first < 0 || first > second) throw new IllegalArgumentException("no proof from " + first + " to " + second);
        List<byte[]> proof = new ArrayList<>();
        if (first > 0 && first < second) subproof(tree, first, 0, second, true, proof);
        return proof;
    }

    private static void subproof(SubtreeHashes tree, int m, int from, int to, boolean whole, List<byte[]> proof) {
        int n = to - from;
        if (m == n) {
            if (!whole) proof.add(tree.hash(from, to));
            return;
        }
        int k = split(n);
        if (m <= k) {
            subproof(tree, m, from, from + k, whole, proof);
            proof.add(tree.hash(from + k, to));
        } else {
            subproof(tree, m - k, from + k, to, false, proof);
            proof.add(tree.hash(from, from + k));
        }
    }

    /** RFC 9162 §2.1.3.2. */
    public static boolean verifyInclusion(long index, long size, byte[] leafHash, List<byte[]> proof, byte[] root) {
        if (index < 0 || index >= size) return false;
        long fn = index;
        long sn = size - 1;
        byte[] r = leafHash;
        for (byte[] p : proof) {
            if (sn == 0) return false;
            if ((fn & 1) == 1 || fn == sn) {
                r = nodeHash(p, r);
                while ((fn & 1) == 0 && fn != 0) {
                    fn >>= 1;
                    sn >>= 1;
                }
            } else {
                r = nodeHash(r, p);
            }
            fn >>= 1;
            sn >>= 1;
        }
        return sn == 0 && Arrays.equals(r, root);
    }

    /** RFC 9162 §2.1.4.2; a tree of size 0 is a prefix of every tree. */
    public static boolean verifyConsistency(long first, long second, List<byte[]> proof, byte[] firstRoot, byte[] secondRoot) {
        if (first < 0 || first > second) return false;
        if (first == second) return proof.isEmpty() && Arrays.equals(firstRoot, secondRoot);
        if (first == 0) return proof.isEmpty();
        List<byte[]> path = new ArrayList<>(proof);
        if (Long.bitCount(first) == 1) path.add(0, firstRoot);
        if (path.isEmpty()) return false;
        long fn = first - 1;
        long sn = second - 1;
        while ((fn & 1) == 1) {
            fn >>= 1;
            sn >>= 1;
        }
        byte[] fr = path.get(0);
        byte[] sr = path.get(0);
        for (byte[] c : path.subList(1, path.size())) {
            if (sn == 0) return false;
            if ((fn & 1) == 1 || fn == sn) {
                fr = nodeHash(c, fr);
                sr = nodeHash(c, sr);
                while ((fn & 1) == 0 && fn != 0) {
                    fn >>= 1;
                    sn >>= 1;
                }
            } else {
                sr = nodeHash(sr, c);
            }
            fn >>= 1;
            sn >>= 1;
        }
        return Arrays.equals(fr, firstRoot) && Arrays.equals(sr, secondRoot) && sn == 0;
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
