package org.wenping.ops.signing;

import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;
import org.bouncycastle.crypto.signers.Ed25519Signer;

import java.security.SecureRandom;

/**
 * Ed25519 (RFC 8032) through BouncyCastle; keys travel as the raw 32-byte seed and public key. The JDK 17
 * provider gives the same signatures but took about 1.2 ms to sign and 1 ms to verify on the build machine,
 * against 0.17 ms and 0.35 ms here, and the appender signs every commit on its one thread.
 */
final class Ed25519Keys {
    private static final SecureRandom RANDOM = new SecureRandom();

    private Ed25519Keys() {
    }

    static SignatureAlgorithm.KeyPairBytes generate() {
        Ed25519PrivateKeyParameters key = new Ed25519PrivateKeyParameters(RANDOM);
        return new SignatureAlgorithm.KeyPairBytes(key.generatePublicKey().getEncoded(), key.getEncoded());
    }

    static byte[] sign(byte[] seed, byte[] message) {
        Ed25519Signer signer = new Ed25519Signer();
        signer.init(true, new Ed25519PrivateKeyParameters(seed, 0));
        signer.update(message, 0, message.length);
        return signer.generateSignature();
    }

    static boolean verify(byte[] publicKey, byte[] message, byte[] signature) {
        try {
            Ed25519Signer verifier = new Ed25519Signer();
            verifier.init(false, new Ed25519PublicKeyParameters(publicKey, 0));
            verifier.update(message, 0, message.length);
            return verifier.verifySignature(signature);
        } catch (RuntimeException e) {
            return false;
        }
    }
}
