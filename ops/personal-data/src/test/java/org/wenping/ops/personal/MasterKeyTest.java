package org.wenping.ops.personal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MasterKeyTest {

    @Test
    void aWrittenKeyReadsBackAsTheSameKey(@TempDir Path dir) throws Exception {
        MasterKey key = MasterKey.generate();
        key.write(dir.resolve("keys/personal-data.key"));

        assertThat(MasterKey.read(dir.resolve("keys/personal-data.key")).id()).isEqualTo(key.id());
    }

    @Test
    void aKeyOfAnotherLengthThanAes256IsRefused() {
        assertThatThrownBy(() -> MasterKey.parse(Base64.getEncoder().encodeToString(new byte[16])))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
