package org.wenping.ops.reference;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.wenping.query.stats.JurisdictionNames;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The jurisdiction names are the bundled 甘肃省 file, or the file {@code wenping.jurisdictions.names-file} names. */
class ReferenceDataTest {
    private final ApplicationContextRunner context = new ApplicationContextRunner().withUserConfiguration(ReferenceData.class);

    @Test
    void withoutThePropertyTheBundledFileIsRead() {
        context.run(started -> assertThat(started).hasNotFailed().hasSingleBean(JurisdictionNames.class));
    }

    @Test
    void thePropertyNamesTheFileThatIsReadInstead(@TempDir Path dir) throws IOException {
        Path beijing = Files.writeString(dir.resolve("beijing.tsv"), "110000\t北京市\n110101\t东城区\n");
        context.withPropertyValues("wenping.jurisdictions.names-file=" + beijing)
                .run(started -> assertThat(started).hasNotFailed().hasSingleBean(JurisdictionNames.class));
        // The same file with a broken line stops the start, naming the file and the line: it is this file that is read.
        Files.writeString(beijing, "110000\t北京市\n11010 东城区\n");
        context.withPropertyValues("wenping.jurisdictions.names-file=" + beijing)
                .run(started -> assertThat(started).hasFailed().getFailure()
                        .rootCause().hasMessageContaining(beijing.toString()).hasMessageContaining("第 2 行"));
    }
}
