package org.wenping.ops.signing;

import java.nio.charset.StandardCharsets;

/**
 * The algorithms a signing key may use, each with its C2SP signed-note type identifier: {@code 0x01}
 * for Ed25519, {@code 0x04} for a witness's timestamped Ed25519 cosignatures (C2SP tlog-cosignature),
 * and for SM2 with SM3 (GB/T 32918, GB/T 32905) {@code 0xff} followed by the text {@code sm2-sm3}, the
 * form signed-note reserves for algorithms it assigns no byte to.
 */
public enum SignatureAlgorithm {
    ED25519("Ed25519", new byte[]{0x01}),
    ED25519_COSIGNATURE("Ed25519-cosignature/v1", new byte[]{0x04}),
    SM2_SM3("SM2-SM3", typeWithName("sm2-sm3"));

    private final String label;
    private final byte[] typeId;

    SignatureAlgorithm(String label, byte[] typeId) {
        this.label = label;
        this.typeId = typeId;
    }

    public String label() {
        return label;
    }

    byte[] typeId() {
        return typeId.clone();
    }

    public static SignatureAlgorithm named(String name) {
        for (SignatureAlgorithm algorithm : values()) {
            if (algorithm.label.equalsIgnoreCase(name) || algorithm.name().equalsIgnoreCase(name)) return algorithm;
        }
        throw new IllegalArgumentException("unknown signature algorithm " + name + " (Ed25519 or SM2-SM3)");
    }

    static SignatureAlgorithm ofKeyBytes(byte[] typed) {
        for (SignatureAlgorithm algorithm : values()) {
            if (startsWith(typed, algorithm.typeId)) return algorithm;
        }
        throw new IllegalArgumentException("unknown key type " + (typed.length == 0 ? "(empty)" : typed[0]));
    }

    KeyPairBytes generate() {
        return switch (this) {
            case ED25519, ED25519_COSIGNATURE -> Ed25519Keys.generate();
            case SM2_SM3 -> Sm2Keys.generate();
        };
    }

    byte[] sign(byte[] privateKey, byte[] message) {
        return switch (this) {
            case ED25519, ED25519_COSIGNATURE -> Ed25519Keys.sign(privateKey, message);
            case SM2_SM3 -> Sm2Keys.sign(privateKey, message);
        };
    }

    boolean verify(byte[] publicKey, byte[] message, byte[] signature) {
        return switch (this) {
            case ED25519, ED25519_COSIGNATURE -> Ed25519Keys.verify(publicKey, message, signature);
            case SM2_SM3 -> Sm2Keys.verify(publicKey, message, signature);
        };
    }

    private static byte[] typeWithName(String name) {
        byte[] text = name.getBytes(StandardCharsets.US_ASCII);
        byte[] typed = new byte[text.length + 1];
        typed[0] = (byte) 0xff;
        System.arraycopy(text, 0, typed, 1, text.length);
        return typed;
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) return false;
        }
        return true;
    }

    /** A fresh key pair in the raw encodings the key strings carry. */
    record KeyPairBytes(byte[] publicKey, byte[] privateKey) {
    }
}
