package org.wenping.ops.transparency;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The kept tree gives the bytes {@link MerkleTree} gives over the same leaves, for a handful of node hashes. */
class MerkleLogTest {
    private static final HexFormat HEX = HexFormat.of();

    private final Random random = new Random(6962);
    private final List<byte[]> leaves = new ArrayList<>();
    private final MerkleLog log = new MerkleLog();

    private void grow(int size) {
        while (leaves.size() < size) {
            byte[] event = new byte[32];
            random.nextBytes(event);
            leaves.add(MerkleTree.leafHash(event));
            log.append(leaves.get(leaves.size() - 1));
        }
    }

    @Test
    void treeHeadsAreTheListsAtEverySizeWhileGrowingAndAfterwards() {
        assertThat(log.root(0)).isEqualTo(MerkleTree.root(leaves, 0));
        for (int size = 1; size <= 300; size++) {
            grow(size);
            assertThat(log.root(size)).as("size %d", size).isEqualTo(MerkleTree.root(leaves, size));
        }
        grow(4097);
        for (int size = 0; size <= 300; size++) {
            assertThat(log.root(size)).as("size %d of 4097", size).isEqualTo(MerkleTree.root(leaves, size));
        }
        for (int size : new int[]{1000, 1023, 1024, 1025, 2048 + 999, 4096, 4097, 1 + random.nextInt(4097)}) {
            assertThat(log.root(size)).as("size %d", size).isEqualTo(MerkleTree.root(leaves, size));
        }
    }

    @Test
    void everySubtreeHashIsTheListsAlignedOrNot() {
        grow(70);
        SubtreeHashes list = SubtreeHashes.of(leaves);
        for (int to = 1; to <= 70; to++) {
            for (int from = 0; from < to; from++) {
                assertThat(log.hash(from, to)).as("[%d, %d)", from, to).isEqualTo(list.hash(from, to));
            }
        }
    }

    @Test
    void inclusionProofsAreTheListsAndVerify() {
        grow(100);
        for (int size = 1; size <= 100; size++) {
            byte[] root = log.root(size);
            for (int index = 0; index < size; index++) {
                List<byte[]> proof = log.inclusionProof(index, size);
                assertThat(hex(proof)).as("%d in %d", index, size).isEqualTo(hex(MerkleTree.inclusionProof(leaves, index, size)));
                assertThat(MerkleTree.verifyInclusion(index, size, leaves.get(index), proof, root)).isTrue();
            }
        }
    }

    @Test
    void consistencyProofsAreTheListsAndVerify() {
        grow(100);
        for (int second = 0; second <= 100; second++) {
            for (int first = 0; first <= second; first++) {
                List<byte[]> proof = log.consistencyProof(first, second);
                assertThat(hex(proof)).as("%d to %d", first, second).isEqualTo(hex(MerkleTree.consistencyProof(leaves, first, second)));
                assertThat(MerkleTree.verifyConsistency(first, second, proof, log.root(first), log.root(second))).isTrue();
            }
        }
    }

    @Test
    void aHeadOrAProofHashesFewerNodesThanTheTreeHasLevels() {
        for (int size : new int[]{(1 << 16) + 3, (1 << 17) - 1}) {
            grow(size);
            int levels = 32 - Integer.numberOfLeadingZeros(size);
            assertThat(hashesFor(() -> log.root(size))).as("head of %d", size).isLessThan(levels);
            assertThat(log.root(size)).isEqualTo(MerkleTree.root(leaves, size));
            for (int index : new int[]{0, size / 2, size - 2, size - 1, random.nextInt(size)}) {
                assertThat(hashesFor(() -> log.inclusionProof(index, size))).as("leaf %d of %d", index, size).isLessThan(levels);
            }
            for (int first : new int[]{1, size / 3, size - 1, random.nextInt(size)}) {
                assertThat(hashesFor(() -> log.consistencyProof(first, size))).as("%d to %d", first, size).isLessThan(levels);
            }
        }
    }

    @Test
    void refusesSizesItHasNotReachedAndHashesOfAnotherLength() {
        grow(5);
        assertThatThrownBy(() -> log.root(6)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> log.inclusionProof(0, 6)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> log.consistencyProof(5, 6)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> log.append(new byte[31])).isInstanceOf(IllegalArgumentException.class);
        assertThat(log.size()).isEqualTo(5);
        assertThat(log.root(5)).isEqualTo(MerkleTree.root(leaves, 5));
    }

    private long hashesFor(Runnable read) {
        long before = log.nodesHashed();
        read.run();
        return log.nodesHashed() - before;
    }

    private static List<String> hex(List<byte[]> hashes) {
        return hashes.stream().map(HEX::formatHex).toList();
    }
}
