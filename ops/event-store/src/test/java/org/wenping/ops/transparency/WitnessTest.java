package org.wenping.ops.transparency;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wenping.ops.signing.NoteSigner;
import org.wenping.ops.signing.SignatureAlgorithm;
import org.wenping.ops.signing.SignedNote;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class WitnessTest {
    private static final NoteSigner LOG = NoteSigner.generate("wenping.test/log", SignatureAlgorithm.ED25519);
    private static final NoteSigner WITNESS = NoteSigner.generate("witness.test/w1", SignatureAlgorithm.ED25519_COSIGNATURE);

    @TempDir
    Path directory;

    private final List<byte[]> leaves = new ArrayList<>();

    private String checkpoint(int size) {
        while (leaves.size() < size) leaves.add(MerkleTree.leafHash(new byte[]{(byte) leaves.size()}));
        return SignedNote.sign(new Checkpoint("wenping.test/log", size, MerkleTree.root(leaves, size)).text(), LOG).format();
    }

    @Test
    void cosignsEachCheckpointConsistentWithTheLastItSaw() throws Exception {
        Witness witness = new Witness(WITNESS, LOG.verifier(), directory, Clock.systemUTC());
        Witness.ConsistencyProofs proofs = (from, to) -> MerkleTree.consistencyProof(leaves, (int) from, (int) to);
        Witness.Outcome first = witness.observe(checkpoint(5), proofs);
        assertThat(first.verdict()).isEqualTo(Witness.Verdict.COSIGNED);
        SignedNote cosigned = SignedNote.parse(first.detail());
        assertThat(cosigned.signedBy(LOG.verifier())).isTrue();
        assertThat(Witness.cosignedBy(cosigned, WITNESS.verifier())).isTrue();
        assertThat(witness.observe(checkpoint(5), proofs).verdict()).isEqualTo(Witness.Verdict.UNCHANGED);
        assertThat(witness.observe(checkpoint(13), proofs).verdict()).isEqualTo(Witness.Verdict.COSIGNED);
    }

    @Test
    void refusesARewrittenOrRewoundLogAndANoteNotSignedByIt() throws Exception {
        Witness witness = new Witness(WITNESS, LOG.verifier(), directory, Clock.systemUTC());
        Witness.ConsistencyProofs proofs = (from, to) -> MerkleTree.consistencyProof(leaves, (int) from, (int) to);
        witness.observe(checkpoint(6), proofs);
        leaves.set(2, MerkleTree.leafHash(new byte[]{42}));
        assertThat(witness.observe(checkpoint(9), proofs).verdict()).isEqualTo(Witness.Verdict.INCONSISTENT);
        assertThat(witness.observe(checkpoint(4), proofs).verdict()).isEqualTo(Witness.Verdict.INCONSISTENT);
        String forged = SignedNote.sign(new Checkpoint("wenping.test/log", 9, MerkleTree.root(leaves, 9)).text(),
                NoteSigner.generate("wenping.test/log", SignatureAlgorithm.ED25519)).format();
        assertThat(witness.observe(forged, proofs).verdict()).isEqualTo(Witness.Verdict.NOT_SIGNED_BY_LOG);
    }
}
