package org.wenping.ops.signing;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.HexFormat;

/** Ed25519 (RFC 8032) with the JDK's own provider; keys travel as the raw 32-byte seed and public key. */
final class Ed25519Keys {
    private static final byte[] PKCS8_PREFIX = HexFormat.of().parseHex("302e020100300506032b657004220420");
    private static final byte[] X509_PREFIX = HexFormat.of().parseHex("302a300506032b6570032100");

    private Ed25519Keys() {
    }

    static SignatureAlgorithm.KeyPairBytes generate() {
        try {
            KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
            byte[] pkcs8 = pair.getPrivate().getEncoded();
            byte[] x509 = pair.getPublic().getEncoded();
            return new SignatureAlgorithm.KeyPairBytes(Arrays.copyOfRange(x509, x509.length - 32, x509.length),
                    Arrays.copyOfRange(pkcs8, pkcs8.length - 32, pkcs8.length));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java 17 runtime has Ed25519", e);
        }
    }

    static byte[] sign(byte[] seed, byte[] message) {
        try {
            Signature signature = Signature.getInstance("Ed25519");
            signature.initSign(KeyFactory.getInstance("Ed25519").generatePrivate(
                    new PKCS8EncodedKeySpec(concat(PKCS8_PREFIX, seed))));
            signature.update(message);
            return signature.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 signing failed", e);
        }
    }

    static boolean verify(byte[] publicKey, byte[] message, byte[] signatureBytes) {
        try {
            Signature signature = Signature.getInstance("Ed25519");
            signature.initVerify(KeyFactory.getInstance("Ed25519").generatePublic(
                    new X509EncodedKeySpec(concat(X509_PREFIX, publicKey))));
            signature.update(message);
            return signature.verify(signatureBytes);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    private static byte[] concat(byte[] prefix, byte[] key) {
        byte[] all = Arrays.copyOf(prefix, prefix.length + key.length);
        System.arraycopy(key, 0, all, prefix.length, key.length);
        return all;
    }
}
