package org.wenping.ops;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RepeatedDataDirectoryTest {
    @Test
    void oneDataDirectoryOrNoneStarts() {
        assertThat(RepeatedDataDirectory.refusal(new String[]{"--wenping.data-dir=/srv/a", "--server.port=0"})).isNull();
        assertThat(RepeatedDataDirectory.refusal(new String[]{"--server.port=0"})).isNull();
    }

    @Test
    void aDataDirectoryNamedTwiceInAnySpellingEndsWithOneSentenceNamingBoth() {
        String sentence = RepeatedDataDirectory.refusal(new String[]{"--wenping.data-dir=/srv/a", "--wenping.dataDir=/srv/b"});
        assertThat(sentence).contains("指定了 2 次", "/srv/a", "/srv/b").doesNotContain("\n");
    }
}
