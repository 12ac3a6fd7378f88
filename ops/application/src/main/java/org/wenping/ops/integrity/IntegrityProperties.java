package org.wenping.ops.integrity;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * The signing key and what is published. The key is held outside the database: {@code signing-key-file}
 * (environment {@code WENPING_INTEGRITY_SIGNING_KEY_FILE}) or the key text itself in {@code signing-key}
 * ({@code WENPING_INTEGRITY_SIGNING_KEY}); without either, a development key of {@code algorithm} is
 * generated into {@code <data-dir>/keys} on first start, with a warning.
 *
 * @param origin          the log's name in every checkpoint and the signing key's name
 * @param trustedKeys     verifier keys of earlier signing keys, which keep their commits verifying
 * @param checkpointEvery a checkpoint after this many new events …
 * @param checkpointAfter … or after this long with any new event
 * @param checkpointDir   where checkpoints are published as files (default {@code <data-dir>/checkpoints})
 * @param verifyEvery     how often the background task verifies what was appended since its last run
 * @param fullVerifyEvery how often it starts over from position 1, to catch changes to what it already checked
 * @param witnessDirs     directories of witnesses run beside the log ({@code --dir} of the witness command):
 *                        their cosignatures and public keys go into dossier exports
 */
@ConfigurationProperties("wenping.integrity")
record IntegrityProperties(@DefaultValue("wenping.local/log") String origin,
                                  Path signingKeyFile,
                                  String signingKey,
                                  @DefaultValue("Ed25519") String algorithm,
                                  @DefaultValue List<String> trustedKeys,
                                  @DefaultValue("1000") long checkpointEvery,
                                  @DefaultValue("PT10M") Duration checkpointAfter,
                                  Path checkpointDir,
                                  @DefaultValue("PT30S") Duration verifyEvery,
                                  @DefaultValue("PT1H") Duration fullVerifyEvery,
                                  @DefaultValue List<Path> witnessDirs) {

    Path checkpointDirectory(Path dataDir) {
        return checkpointDir != null ? checkpointDir : dataDir.resolve("checkpoints");
    }
}
