package org.wenping.ops.personaldata;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.wenping.ops.personal.MasterKey;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the master key where {@link PersonalDataProperties} says, as {@code SigningKeys} finds the signing key. */
final class MasterKeys {
    private static final Logger log = LoggerFactory.getLogger(MasterKeys.class);

    private MasterKeys() {
    }

    static MasterKey load(PersonalDataProperties properties, Path dataDir) {
        try {
            if (properties.masterKey() != null && !properties.masterKey().isBlank()) {
                return MasterKey.parse(properties.masterKey());
            }
            if (properties.masterKeyFile() != null) return MasterKey.read(properties.masterKeyFile());
            Path devKey = dataDir.resolve("keys").resolve("personal-data-master.key");
            if (Files.exists(devKey)) {
                log.warn("使用数据目录中的开发用个人信息主密钥 {};生产环境请用 wenping.personal-data.master-key-file 指定库外保管的密钥", devKey);
                return MasterKey.read(devKey);
            }
            MasterKey generated = MasterKey.generate();
            generated.write(devKey);
            log.warn("未配置个人信息主密钥:已在 {} 生成开发密钥;生产环境请用 wenping.personal-data.master-key-file 指定库外保管的密钥",
                    devKey);
            return generated;
        } catch (IOException e) {
            throw new UncheckedIOException("个人信息主密钥无法读取或写入", e);
        }
    }
}
