package org.wenping.ops.transparency;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;

/**
 * The tree head of a growing log in O(log n) memory: the roots of the perfect subtrees the leaves so far
 * make up, merged as soon as two have the same size. Gives the same head as {@link MerkleTree#root}.
 */
public final class CompactRange {
    private final Deque<Node> nodes = new ArrayDeque<>();
    private long size;

    public void append(byte[] leafHash) {
        Node node = new Node(1, leafHash);
        while (!nodes.isEmpty() && nodes.peekLast().leaves == node.leaves) {
            Node left = nodes.removeLast();
            node = new Node(left.leaves * 2, MerkleTree.nodeHash(left.hash, node.hash));
        }
        nodes.addLast(node);
        size++;
    }

    public long size() {
        return size;
    }

    public byte[] root() {
        if (nodes.isEmpty()) return MerkleTree.sha256().digest();
        Iterator<Node> fromRight = nodes.descendingIterator();
        byte[] root = fromRight.next().hash;
        while (fromRight.hasNext()) root = MerkleTree.nodeHash(fromRight.next().hash, root);
        return root;
    }

    private record Node(long leaves, byte[] hash) {
    }
}
