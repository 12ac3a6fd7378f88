package org.wenping.ops.transparency;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The reference leaves, tree heads and proofs published with Certificate Transparency and transparency-dev/merkle. */
class MerkleTreeTest {
    private static final HexFormat HEX = HexFormat.of();
    private static final String[] LEAVES = {"", "00", "10", "2021", "3031", "40414243", "5051525354555657",
            "606162636465666768696a6b6c6d6e6f"};
    private static final String[] ROOTS = {
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
            "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
            "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
            "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
            "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
            "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
            "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
            "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
            "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328"};

    private final List<byte[]> leaves = new ArrayList<>();

    MerkleTreeTest() {
        for (String leaf : LEAVES) leaves.add(MerkleTree.leafHash(HEX.parseHex(leaf)));
    }

    @Test
    void treeHeadsMatchTheReferenceForEverySizeBatchAndIncremental() {
        CompactRange range = new CompactRange();
        assertThat(HEX.formatHex(range.root())).isEqualTo(ROOTS[0]);
        for (int size = 0; size <= LEAVES.length; size++) {
            assertThat(HEX.formatHex(MerkleTree.root(leaves, size))).as("size %d", size).isEqualTo(ROOTS[size]);
            if (size > 0) {
                range.append(leaves.get(size - 1));
                assertThat(HEX.formatHex(range.root())).as("compact %d", size).isEqualTo(ROOTS[size]);
            }
        }
    }

    @Test
    void inclusionProofsMatchTheReferenceAndVerify() {
        assertProof(MerkleTree.inclusionProof(leaves, 0, 8), "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
                "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4");
        assertProof(MerkleTree.inclusionProof(leaves, 5, 8), "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b",
                "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
                "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7");
        for (int size = 1; size <= 8; size++) {
            byte[] root = MerkleTree.root(leaves, size);
            for (int index = 0; index < size; index++) {
                List<byte[]> proof = MerkleTree.inclusionProof(leaves, index, size);
                assertThat(MerkleTree.verifyInclusion(index, size, leaves.get(index), proof, root)).isTrue();
                assertThat(MerkleTree.verifyInclusion(index, size, leaves.get((index + 1) % 8), proof, root)).isFalse();
            }
        }
    }

    @Test
    void consistencyProofsMatchTheReferenceAndVerify() {
        assertProof(MerkleTree.consistencyProof(leaves, 2, 8), "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4");
        assertProof(MerkleTree.consistencyProof(leaves, 6, 8), "0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a",
                "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
                "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7");
        assertProof(MerkleTree.consistencyProof(leaves, 2, 5), "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b");
        for (int second = 1; second <= 8; second++) {
            for (int first = 0; first <= second; first++) {
                List<byte[]> proof = MerkleTree.consistencyProof(leaves, first, second);
                byte[] firstRoot = MerkleTree.root(leaves, first);
                byte[] secondRoot = MerkleTree.root(leaves, second);
                assertThat(MerkleTree.verifyConsistency(first, second, proof, firstRoot, secondRoot))
                        .as("%d to %d", first, second).isTrue();
                if (first > 0 && first < second) {
                    assertThat(MerkleTree.verifyConsistency(first, second, proof, secondRoot, secondRoot)).isFalse();
                }
            }
        }
    }

    private static void assertProof(List<byte[]> proof, String... expected) {
        assertThat(proof.stream().map(HEX::formatHex).toList()).containsExactly(expected);
    }
}
