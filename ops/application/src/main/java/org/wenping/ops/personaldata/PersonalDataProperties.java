package org.wenping.ops.personaldata;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.nio.file.Path;

/**
 * The master key that wraps every person's data key, held outside the database: {@code master-key-file}
 * (environment {@code WENPING_PERSONAL_DATA_MASTER_KEY_FILE}) or the key itself, base64 of 32 bytes, in
 * {@code master-key} ({@code WENPING_PERSONAL_DATA_MASTER_KEY}). Without either, a development key is generated
 * into {@code <data-dir>/keys/personal-data-master.key} on first start, with a warning.
 */
@ConfigurationProperties("wenping.personal-data")
record PersonalDataProperties(Path masterKeyFile, String masterKey) {
}
