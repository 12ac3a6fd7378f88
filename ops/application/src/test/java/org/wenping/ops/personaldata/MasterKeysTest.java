package org.wenping.ops.personaldata;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wenping.ops.personal.MasterKey;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

class MasterKeysTest {

    @Test
    void theFirstStartGeneratesADevelopmentKeyIntoTheDataDirectoryAndLaterStartsReuseIt(@TempDir Path dataDir) {
        MasterKey first = MasterKeys.load(new PersonalDataProperties(null, null), dataDir);

        assertThat(dataDir.resolve("keys/personal-data-master.key")).exists();
        assertThat(MasterKeys.load(new PersonalDataProperties(null, null), dataDir).id()).isEqualTo(first.id());
    }

    @Test
    void aConfiguredKeyWinsAndNothingIsWritten(@TempDir Path dataDir) throws Exception {
        String configured = Base64.getEncoder().encodeToString(new byte[32]);
        Path file = dataDir.resolve("elsewhere.key");
        Files.writeString(file, configured);

        assertThat(MasterKeys.load(new PersonalDataProperties(null, configured), dataDir).id())
                .isEqualTo(MasterKeys.load(new PersonalDataProperties(file, null), dataDir).id());
        assertThat(dataDir.resolve("keys")).doesNotExist();
    }
}
