package org.wenping.ops.signing;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The signed-note vector of golang.org/x/mod/sumdb/note (Ed25519 is deterministic, so it reproduces byte for byte). */
class SignedNoteTest {
    private static final String SIGNER = "PRIVATE+KEY+PeterNeumann+c74f20a3+AYEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDFz";
    private static final String VERIFIER = "PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW";
    private static final String TEXT = "If you think cryptography is the answer to your problem,\n"
            + "then you don't know what your problem is.\n";
    private static final String NOTE = TEXT + "\n"
            + "— PeterNeumann x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=\n";

    @Test
    void signsThePublishedNoteByteForByte() {
        NoteSigner signer = NoteSigner.parse(SIGNER + "\n" + VERIFIER + "\n");
        assertThat(signer.verifier().encoded()).isEqualTo(VERIFIER);
        assertThat(SignedNote.sign(TEXT, signer).format()).isEqualTo(NOTE);
    }

    @Test
    void verifiesThePublishedNoteAndRefusesAChangedOne() {
        NoteVerifier verifier = NoteVerifier.parse(VERIFIER);
        assertThat(verifier.keyIdHex()).isEqualTo("c74f20a3");
        assertThat(SignedNote.parse(NOTE).signedBy(verifier)).isTrue();
        assertThat(SignedNote.parse(NOTE.replace("cryptography", "cryptographY")).signedBy(verifier)).isFalse();
    }

    @Test
    void refusesAVerifierKeyWhoseIdDoesNotMatch() {
        assertThatThrownBy(() -> NoteVerifier.parse(VERIFIER.replace("c74f20a3", "c74f20a4")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void sm2WithSm3KeysSignVerifyAndSurviveTheirKeyFile() {
        NoteSigner signer = NoteSigner.generate("wenping.example/sm2", SignatureAlgorithm.SM2_SM3);
        NoteSigner reread = NoteSigner.parse(signer.encoded());
        byte[] message = "敦煌".getBytes(StandardCharsets.UTF_8);
        assertThat(reread.verifier().verify(message, signer.sign(message))).isTrue();
        assertThat(reread.verifier().verify("敦煌 ".getBytes(StandardCharsets.UTF_8), signer.sign(message))).isFalse();
        assertThat(NoteVerifier.parse(signer.verifier().encoded())).isEqualTo(signer.verifier());
        NoteVerifier ed25519 = NoteSigner.generate("wenping.example/sm2", SignatureAlgorithm.ED25519).verifier();
        assertThat(SignedNote.sign("x\n", signer).signedBy(ed25519)).isFalse();
    }
}
