package org.wenping.ops.integrity;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.wenping.ops.signing.KeyRing;
import org.wenping.ops.signing.NoteSigner;
import org.wenping.ops.signing.NoteVerifier;
import org.wenping.ops.signing.SignatureAlgorithm;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The application's signing key and the keys its verifiers trust. Every key that ever signed here has
 * its verifier line kept in {@code <data-dir>/keys/verifiers.txt}, so that switching key or algorithm
 * keeps old commits verifying; the private key never enters the database.
 */
public record SigningKeys(NoteSigner signer, KeyRing trusted) {
    private static final Logger log = LoggerFactory.getLogger(SigningKeys.class);

    public static SigningKeys load(IntegrityProperties properties, Path dataDir) {
        try {
            Path keys = dataDir.resolve("keys");
            NoteSigner signer = signer(properties, keys);
            Set<NoteVerifier> trusted = new LinkedHashSet<>();
            trusted.add(signer.verifier());
            properties.trustedKeys().forEach(line -> trusted.add(NoteVerifier.parse(line)));
            Path known = keys.resolve("verifiers.txt");
            if (Files.exists(known)) {
                Files.readAllLines(known, StandardCharsets.UTF_8).stream().filter(line -> !line.isBlank())
                        .forEach(line -> trusted.add(NoteVerifier.parse(line)));
            }
            if (!Files.exists(known) || !Files.readString(known).contains(signer.verifier().encoded())) {
                Files.createDirectories(keys);
                Files.writeString(known, signer.verifier().encoded() + "\n", StandardCharsets.UTF_8,
                        StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            }
            return new SigningKeys(signer, KeyRing.of(trusted));
        } catch (IOException e) {
            throw new UncheckedIOException("签名密钥无法读取或写入", e);
        }
    }

    private static NoteSigner signer(IntegrityProperties properties, Path keys) throws IOException {
        if (properties.signingKey() != null && !properties.signingKey().isBlank()) {
            return NoteSigner.parse(properties.signingKey());
        }
        if (properties.signingKeyFile() != null) {
            return NoteSigner.read(properties.signingKeyFile());
        }
        SignatureAlgorithm algorithm = SignatureAlgorithm.named(properties.algorithm());
        Path devKey = keys.resolve("signing-" + algorithm.name().toLowerCase(Locale.ROOT) + ".key");
        if (Files.exists(devKey)) {
            log.warn("使用数据目录中的开发签名密钥 {};生产环境请用 wenping.integrity.signing-key-file 指定库外保管的密钥", devKey);
            return NoteSigner.read(devKey);
        }
        NoteSigner generated = NoteSigner.generate(properties.origin(), algorithm);
        generated.write(devKey);
        log.warn("未配置签名密钥:已在 {} 生成开发密钥({});生产环境请用 wenping.integrity.signing-key-file 指定库外保管的密钥",
                devKey, algorithm.label());
        return generated;
    }
}
