package org.wenping.query.stats;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The names of the demo's 行政区划 (GB/T 2260): 酒泉市 and its counties. Other codes are shown by code.
 * A count per code holds the matters registered at exactly that code, so a city's own bucket is its 本级.
 */
final class JurisdictionNames {
    private static final Map<String, String> NAMES = new TreeMap<>(Map.of(
            "620900", "酒泉市",
            "620902", "肃州区",
            "620921", "金塔县",
            "620922", "瓜州县",
            "620923", "肃北蒙古族自治县",
            "620924", "阿克塞哈萨克族自治县",
            "620981", "玉门市",
            "620982", "敦煌市"));

    private JurisdictionNames() {
    }

    /** The name of the bucket of matters registered at {@code code}: 肃州区, 酒泉市本级, or the code itself. */
    static String bucket(String code) {
        String name = NAMES.get(code);
        if (name == null) return code;
        return code.endsWith("00") ? name + "本级" : name;
    }

    /** The named codes inside a jurisdiction prefix, in code order. */
    static List<String> knownWithin(String prefix) {
        return NAMES.keySet().stream().filter(code -> code.startsWith(prefix)).toList();
    }
}
