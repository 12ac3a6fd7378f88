package org.wenping.ops.signing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

/**
 * A private signing key with its public half. Written to and read from a key file of two lines: the
 * private key {@code PRIVATE+KEY+name+keyid+base64(type ‖ private key)} and the verifier key
 * ({@link NoteVerifier#encoded()}). The file lives outside the database; only its verifier line is shared.
 */
public final class NoteSigner {
    private static final String PRIVATE_PREFIX = "PRIVATE+KEY+";

    private final NoteVerifier verifier;
    private final byte[] privateKey;

    private NoteSigner(NoteVerifier verifier, byte[] privateKey) {
        this.verifier = verifier;
        this.privateKey = privateKey.clone();
    }

    public static NoteSigner generate(String name, SignatureAlgorithm algorithm) {
        SignatureAlgorithm.KeyPairBytes pair = algorithm.generate();
        return new NoteSigner(new NoteVerifier(name, algorithm, pair.publicKey()), pair.privateKey());
    }

    /** Reads the two lines of a key file (or of an environment variable holding them). */
    public static NoteSigner parse(String keyText) {
        List<String> lines = keyText.lines().map(String::trim).filter(line -> !line.isEmpty()).toList();
        if (lines.size() != 2 || !lines.get(0).startsWith(PRIVATE_PREFIX)) {
            throw new IllegalArgumentException("a signing key is two lines: PRIVATE+KEY+… and the verifier key");
        }
        NoteVerifier verifier = NoteVerifier.parse(lines.get(1));
        String[] parts = lines.get(0).substring(PRIVATE_PREFIX.length()).split("\\+", 3);
        if (parts.length != 3 || !parts[0].equals(verifier.name()) || !parts[1].equals(verifier.keyIdHex())) {
            throw new IllegalArgumentException("the private key and the verifier key of " + verifier.name() + " differ");
        }
        byte[] typed = Base64.getDecoder().decode(parts[2]);
        int typeLength = verifier.algorithm().typeId().length;
        NoteSigner signer = new NoteSigner(verifier, Arrays.copyOfRange(typed, typeLength, typed.length));
        byte[] probe = "wenping key check\n".getBytes(StandardCharsets.UTF_8);
        if (!verifier.verify(probe, signer.sign(probe))) {
            throw new IllegalArgumentException("the private key of " + verifier.name() + " does not belong to its verifier key");
        }
        return signer;
    }

    public static NoteSigner read(Path keyFile) throws IOException {
        return parse(Files.readString(keyFile, StandardCharsets.UTF_8));
    }

    /** Writes the key file readable by its owner only, where the file system allows. */
    public void write(Path keyFile) throws IOException {
        Files.createDirectories(keyFile.toAbsolutePath().getParent());
        Files.writeString(keyFile, encoded(), StandardCharsets.UTF_8);
        try {
            Files.setPosixFilePermissions(keyFile, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: the directory's permissions have to do
        }
    }

    public String encoded() {
        byte[] type = verifier.algorithm().typeId();
        byte[] typed = Arrays.copyOf(type, type.length + privateKey.length);
        System.arraycopy(privateKey, 0, typed, type.length, privateKey.length);
        return PRIVATE_PREFIX + verifier.name() + "+" + verifier.keyIdHex() + "+"
                + Base64.getEncoder().encodeToString(typed) + "\n" + verifier.encoded() + "\n";
    }

    public byte[] sign(byte[] message) {
        return verifier.algorithm().sign(privateKey, message);
    }

    public NoteVerifier verifier() {
        return verifier;
    }

    public String name() {
        return verifier.name();
    }

    public SignatureAlgorithm algorithm() {
        return verifier.algorithm();
    }
}
