package org.wenping.query.stats;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

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

    /**
     * GB/T 2260's layout, line by line: every code of 甘肃省 has six digits under 62, every county-level code sits under
     * a prefecture the file names, and its last two digits say what it is (under a 地级市: 01–20 市辖区, 21–80 县,
     * 81–99 县级市; under a 自治州: 01–20 县级市, 21–80 县). The totals are those of 民政部's list of 2024 and 2025
     * (17 市辖区, 5 县级市, 57 县 and 7 自治县; 12 地级市 and 2 自治州), against which every line was checked.
     */
    @Test
    void everyGansuCodeIsWellFormedAndTheTotalsAreTheMinistrys() throws IOException {
        List<String[]> lines = bundledLines();
        assertThat(lines.stream().map(line -> line[0])).doesNotHaveDuplicates().allMatch(code -> code.matches("62\\d{4}"));
        Map<String, String> byCode = lines.stream().collect(Collectors.toMap(line -> line[0], line -> line[1]));
        assertThat(byCode).containsEntry("620000", "甘肃省");
        Map<String, Long> kinds = new TreeMap<>();
        for (String[] line : lines) {
            String code = line[0];
            String name = line[1];
            if (code.equals("620000")) continue;
            String prefecture = code.substring(0, 4) + "00";
            assertThat(byCode).as(code + " " + name + " 的上级").containsKey(prefecture);
            String kind = code.endsWith("00") ? (name.endsWith("自治州") ? "自治州" : "地级市")
                    : countyKind(Integer.parseInt(code.substring(4)), byCode.get(prefecture).endsWith("州"));
            assertThat(name).as(code).endsWith(kind.equals("自治州") ? "州" : kind.substring(kind.length() - 1));
            kinds.merge(kind.equals("县") && name.endsWith("自治县") ? "自治县" : kind, 1L, Long::sum);
        }
        assertThat(kinds).containsExactlyInAnyOrderEntriesOf(Map.of("地级市", 12L, "自治州", 2L, "市辖区", 17L,
                "县级市", 5L, "县", 57L, "自治县", 7L));
        assertThat(lines.stream().collect(Collectors.groupingBy(line -> line[0].substring(0, 4) + line[1])))
                .as("一个市州内名称不重复").allSatisfy((key, same) -> assertThat(same).hasSize(1));
    }

    private static String countyKind(int lastTwo, boolean underAutonomousPrefecture) {
        if (lastTwo >= 21 && lastTwo <= 80) return "县";
        if (lastTwo <= 20) return underAutonomousPrefecture ? "县级市" : "市辖区";
        return "县级市";
    }

    private static List<String[]> bundledLines() throws IOException {
        try (InputStream in = JurisdictionNames.class.getResourceAsStream("gbt2260-62.tsv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#")).map(line -> line.split("\t", -1)).toList();
        }
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
