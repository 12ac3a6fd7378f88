package org.wenping.ops.signing;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;

/**
 * A public key as C2SP signed-note shares it, the "verifier key" {@code name+keyid+base64(type ‖ key)}:
 * the key id is the first four bytes of SHA-256(name ‖ 0x0A ‖ type ‖ public key), in eight hex digits.
 */
public record NoteVerifier(String name, SignatureAlgorithm algorithm, byte[] publicKey) {

    public NoteVerifier {
        if (name.isEmpty() || name.contains("+") || name.chars().anyMatch(c -> c <= ' ')) {
            throw new IllegalArgumentException("a key name is non-empty, without '+' or white space: " + name);
        }
        publicKey = publicKey.clone();
    }

    public static NoteVerifier parse(String encoded) {
        String[] parts = encoded.trim().split("\\+", 3);
        if (parts.length != 3) throw new IllegalArgumentException("a verifier key is name+keyid+key: " + encoded);
        byte[] typed = Base64.getDecoder().decode(parts[2]);
        SignatureAlgorithm algorithm = SignatureAlgorithm.ofKeyBytes(typed);
        NoteVerifier verifier = new NoteVerifier(parts[0], algorithm,
                Arrays.copyOfRange(typed, algorithm.typeId().length, typed.length));
        if (!verifier.keyIdHex().equals(parts[1])) {
            throw new IllegalArgumentException("the key id of " + parts[0] + " does not match its key");
        }
        return verifier;
    }

    public int keyId() {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(name.getBytes(StandardCharsets.UTF_8));
            sha256.update((byte) '\n');
            sha256.update(algorithm.typeId());
            byte[] digest = sha256.digest(publicKey);
            return ((digest[0] & 0xff) << 24) | ((digest[1] & 0xff) << 16) | ((digest[2] & 0xff) << 8) | (digest[3] & 0xff);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public String keyIdHex() {
        return HexFormat.of().toHexDigits(keyId());
    }

    @Override
    public byte[] publicKey() {
        return publicKey.clone();
    }

    public String encoded() {
        byte[] type = algorithm.typeId();
        byte[] typed = Arrays.copyOf(type, type.length + publicKey.length);
        System.arraycopy(publicKey, 0, typed, type.length, publicKey.length);
        return name + "+" + keyIdHex() + "+" + Base64.getEncoder().encodeToString(typed);
    }

    public boolean verify(byte[] message, byte[] signature) {
        return algorithm.verify(publicKey, message, signature);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof NoteVerifier that && encoded().equals(that.encoded());
    }

    @Override
    public int hashCode() {
        return encoded().hashCode();
    }

    @Override
    public String toString() {
        return encoded();
    }
}
