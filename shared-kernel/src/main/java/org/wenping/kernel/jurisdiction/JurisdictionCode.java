package org.wenping.kernel.jurisdiction;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A six-digit 行政区划 code such as 620900 (酒泉市). Trailing zero pairs mark the level: 620000 is a
 * province, 620900 a city, 620902 a county; a code contains every code that starts with its
 * significant prefix (62 ⊃ 6209 ⊃ 620902).
 */
public record JurisdictionCode(String value) {
    /** The code's form as a regular expression, for {@code @Pattern} on request fields that name a jurisdiction. */
    public static final String FORM_REGEX = "\\d{6}";

    private static final Pattern FORM = Pattern.compile(FORM_REGEX);

    @JsonCreator
    public JurisdictionCode {
        if (!isValid(value)) {
            throw new IllegalArgumentException("行政区划代码须为6位数字: " + value);
        }
    }

    public static boolean isValid(String value) {
        return value != null && FORM.matcher(value).matches();
    }

    /** The significant prefix: 620900 → 6209, 620000 → 62, 620902 → 620902. */
    public String prefix() {
        if (value.endsWith("0000")) return value.substring(0, 2);
        if (value.endsWith("00")) return value.substring(0, 4);
        return value;
    }

    public boolean contains(JurisdictionCode other) {
        return other.value.startsWith(prefix());
    }

    /** The value configured for the longest prefix of this code (620982, 62098, … 62), if any: per-jurisdiction settings. */
    public <T> Optional<T> mostSpecific(Map<String, T> byPrefix) {
        for (int length = value.length(); length >= 2; length--) {
            T configured = byPrefix.get(value.substring(0, length));
            if (configured != null) return Optional.of(configured);
        }
        return Optional.empty();
    }

    @JsonValue
    @Override
    public String value() {
        return value;
    }

    @Override
    public String toString() {
        return value;
    }
}
