package org.wenping.query.stats;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Jurisdiction names come from a GB/T 2260 data file: 甘肃省 ships; another file replaces it. */
class JurisdictionNamesTest {
    private final JurisdictionNames gansu = JurisdictionNames.bundled();

    @Test
    void theBundledFileNamesTheProvinceItsFourteenPrefecturesAndEightySixCounties() {
        assertThat(gansu.knownWithin("62")).hasSize(101);
        assertThat(gansu.knownWithin("62").stream().filter(code -> code.endsWith("00") && !code.equals("620000")))
                .hasSize(14);
        assertThat(gansu.bucket("620902")).isEqualTo("肃州区");
        assertThat(gansu.bucket("620100")).isEqualTo("兰州市本级");
        assertThat(gansu.bucket("623027")).isEqualTo("夏河县");
        assertThat(gansu.bucket("110101")).isEqualTo("110101");
        assertThat(gansu.knownWithin("6209")).containsExactly("620900", "620902", "620921", "620922", "620923",
                "620924", "620981", "620982");
    }

    @Test
    void anotherFileReplacesTheBundledOne(@TempDir Path dir) throws IOException {
        Path beijing = Files.writeString(dir.resolve("beijing.tsv"), "# 北京市\n110000\t北京市\n110101\t东城区\n");
        JurisdictionNames names = JurisdictionNames.from(beijing);
        assertThat(names.bucket("110101")).isEqualTo("东城区");
        assertThat(names.bucket("620902")).isEqualTo("620902");
    }

    @Test
    void aMalformedLineIsRefusedWithItsNumber(@TempDir Path dir) throws IOException {
        Path broken = Files.writeString(dir.resolve("broken.tsv"), "110000\t北京市\n11010 东城区\n");
        assertThatThrownBy(() -> JurisdictionNames.from(broken)).hasMessageContaining("第 2 行");
    }
}
