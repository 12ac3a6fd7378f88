package org.wenping.kernel.integrity;

import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * JSON in the one spelling of RFC 8785 (JSON Canonicalization Scheme), so that anybody can recompute
 * a hash: object members sorted by their names' UTF-16 code units, no white space, strings escaped
 * only where JSON requires it (quotation mark, reverse solidus, the short escapes of backspace, tab,
 * line feed, form feed and carriage return, other controls below U+0020 as six-character escapes in
 * lower-case hex), numbers as ECMAScript prints an IEEE-754 double. Arrays keep their order.
 *
 * <p>Content that this spelling cannot carry exactly is refused with {@link UnrepresentableJsonException}
 * rather than hashed as something else: a lone UTF-16 surrogate, a number that is not finite or has no
 * exact double (an integer beyond 2<sup>53</sup>, a decimal such as 0.1000000000000000000001).
 */
public final class CanonicalJson {
    private static final long MAX_EXACT_INTEGER = 1L << 53;

    private CanonicalJson() {
    }

    public static String write(JsonNode node) {
        StringBuilder out = new StringBuilder(256);
        write(node, out);
        return out.toString();
    }

    /** The index of the first lone surrogate in {@code text}, or -1 when every surrogate is paired. */
    public static int loneSurrogateAt(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }

    private static void write(JsonNode node, StringBuilder out) {
        switch (node.getNodeType()) {
            case OBJECT -> writeObject(node, out);
            case ARRAY -> {
                out.append('[');
                for (int i = 0; i < node.size(); i++) {
                    if (i > 0) out.append(',');
                    write(node.get(i), out);
                }
                out.append(']');
            }
            case STRING -> writeString(node.textValue(), out);
            case NUMBER -> out.append(number(node));
            case BOOLEAN -> out.append(node.booleanValue());
            case NULL, MISSING -> out.append("null");
            case BINARY, POJO -> throw new UnrepresentableJsonException("binary or object values have no JSON text");
        }
    }

    private static void writeObject(JsonNode node, StringBuilder out) {
        List<Map.Entry<String, JsonNode>> members = new ArrayList<>(node.size());
        node.fields().forEachRemaining(members::add);
        members.sort(Map.Entry.comparingByKey());
        out.append('{');
        for (int i = 0; i < members.size(); i++) {
            if (i > 0) out.append(',');
            writeString(members.get(i).getKey(), out);
            out.append(':');
            write(members.get(i).getValue(), out);
        }
        out.append('}');
    }

    private static void writeString(String text, StringBuilder out) {
        int lone = loneSurrogateAt(text);
        if (lone >= 0) {
            throw new UnrepresentableJsonException("a lone UTF-16 surrogate at index " + lone);
        }
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\f' -> out.append("\\f");
                case '\r' -> out.append("\\r");
                default -> {
                    if (c < 0x20) out.append(String.format("\\u%04x", (int) c));
                    else out.append(c);
                }
            }
        }
        out.append('"');
    }

    private static String number(JsonNode node) {
        if (node.isIntegralNumber()) {
            BigInteger value = node.bigIntegerValue();
            if (value.abs().compareTo(BigInteger.valueOf(MAX_EXACT_INTEGER)) > 0) {
                throw new UnrepresentableJsonException("the integer " + value + " has no exact IEEE-754 double");
            }
            return value.toString();
        }
        if (node.isBigDecimal()) {
            BigDecimal exact = node.decimalValue();
            double value = exact.doubleValue();
            if (!Double.isFinite(value) || new BigDecimal(value).compareTo(exact) != 0) {
                throw new UnrepresentableJsonException("the number " + exact + " has no exact IEEE-754 double");
            }
            return ecmaScript(value);
        }
        return ecmaScript(node.doubleValue());
    }

    /** Number::toString of ECMAScript (ECMA-262 §6.1.6.1.20): the shortest digits that read back as the same double. */
    static String ecmaScript(double value) {
        if (!Double.isFinite(value)) {
            throw new UnrepresentableJsonException("JSON has no spelling for " + value);
        }
        if (value == 0) return "0";
        BigDecimal shortest = shortestDigits(Math.abs(value));
        String digits = shortest.unscaledValue().toString();
        int k = digits.length();
        int n = k - shortest.scale();
        StringBuilder out = new StringBuilder(value < 0 ? "-" : "");
        if (k <= n && n <= 21) {
            out.append(digits).append("0".repeat(n - k));
        } else if (0 < n && n <= 21) {
            out.append(digits, 0, n).append('.').append(digits, n, k);
        } else if (-6 < n && n <= 0) {
            out.append("0.").append("0".repeat(-n)).append(digits);
        } else {
            out.append(digits.charAt(0));
            if (k > 1) out.append('.').append(digits, 1, k);
            out.append('e').append(n - 1 >= 0 ? "+" : "-").append(Math.abs(n - 1));
        }
        return out.toString();
    }

    private static BigDecimal shortestDigits(double positive) {
        BigDecimal exact = new BigDecimal(positive);
        for (int precision = 1; precision < 17; precision++) {
            BigDecimal rounded = exact.round(new MathContext(precision, RoundingMode.HALF_EVEN));
            if (rounded.doubleValue() == positive) return rounded.stripTrailingZeros();
        }
        return exact.round(new MathContext(17, RoundingMode.HALF_EVEN)).stripTrailingZeros();
    }
}
