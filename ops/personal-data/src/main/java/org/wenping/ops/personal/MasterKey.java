package org.wenping.ops.personal;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The AES-256 key that wraps every person's data key. It never enters the database: it comes from a file or the
 * environment, as base64 of its 32 bytes. Each wrapped key records the master key's {@link #id()}, so that a
 * rotation can tell which master key wrapped what.
 */
public final class MasterKey {
    private static final int BYTES = 32;
    private final SecretKey key;
    private final String id;

    private MasterKey(byte[] bytes) {
        if (bytes.length != BYTES) {
            throw new IllegalArgumentException("个人信息主密钥须为 32 字节 (AES-256),实为 " + bytes.length + " 字节");
        }
        this.key = new SecretKeySpec(bytes, "AES");
        this.id = HexFormat.of().formatHex(sha256(bytes), 0, 4);
    }

    public static MasterKey parse(String base64) {
        return new MasterKey(Base64.getDecoder().decode(base64.strip()));
    }

    public static MasterKey read(Path file) throws IOException {
        return parse(Files.readString(file, StandardCharsets.US_ASCII));
    }

    public static MasterKey generate() {
        byte[] bytes = new byte[BYTES];
        new SecureRandom().nextBytes(bytes);
        return new MasterKey(bytes);
    }

    /** Writes the key as base64, readable by the owner only where the file system has POSIX permissions. */
    public void write(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, Base64.getEncoder().encodeToString(key.getEncoded()) + "\n", StandardCharsets.US_ASCII);
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // Windows: the directory's ACL is all there is.
        }
    }

    /** The first 4 bytes of the key's SHA-256, in hex: names the key without revealing it. */
    public String id() {
        return id;
    }

    SecretKey secretKey() {
        return key;
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
