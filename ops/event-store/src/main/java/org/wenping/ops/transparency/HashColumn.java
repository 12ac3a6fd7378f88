package org.wenping.ops.transparency;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One level of a {@link MerkleLog}: SHA-256 hashes side by side in pages rather than one array each, which
 * would double the memory of millions of them with object headers and references, and without copying
 * everything when the column outgrows an array. Hashes go in and out as copies, so no caller can change one.
 */
final class HashColumn {
    static final int HASH_BYTES = 32;
    private static final int PAGE_HASHES = 256;

    private final List<byte[]> pages = new ArrayList<>();
    private int size;

    void add(byte[] hash) {
        if (hash.length != HASH_BYTES) throw new IllegalArgumentException("a SHA-256 hash has 32 bytes, not " + hash.length);
        if (size % PAGE_HASHES == 0) pages.add(new byte[PAGE_HASHES * HASH_BYTES]);
        System.arraycopy(hash, 0, pages.get(size / PAGE_HASHES), size % PAGE_HASHES * HASH_BYTES, HASH_BYTES);
        size++;
    }

    byte[] get(int index) {
        Objects.checkIndex(index, size);
        int offset = index % PAGE_HASHES * HASH_BYTES;
        return Arrays.copyOfRange(pages.get(index / PAGE_HASHES), offset, offset + HASH_BYTES);
    }

    int size() {
        return size;
    }
}
