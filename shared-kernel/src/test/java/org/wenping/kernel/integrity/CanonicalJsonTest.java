package org.wenping.kernel.integrity;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** RFC 8785's own examples (§3.2.2, §3.2.3, Appendix B) and the cases canonical JSON must refuse. */
class CanonicalJsonTest {
    private final ObjectMapper json = new ObjectMapper();

    private String canonical(String text) throws Exception {
        return CanonicalJson.write(json.readTree(text));
    }

    @Test
    void writesTheRfc8785ValuesExample() throws Exception {
        String input = "{\n  \"numbers\": [333333333.33333329, 1E30, 4.50, 2e-3, 0.000000000000000000000000001],\n"
                + "  \"string\": \"\\u20ac$\\u000F\\u000aA'\\u0042\\u0022\\u005c\\\\\\\"\\/\",\n"
                + "  \"literals\": [null, true, false]\n}";
        assertThat(canonical(input)).isEqualTo("{\"literals\":[null,true,false],"
                + "\"numbers\":[333333333.3333333,1e+30,4.5,0.002,1e-27],"
                + "\"string\":\"€$\\u000f\\nA'B\\\"\\\\\\\\\\\"/\"}");
    }

    @Test
    void sortsMembersByUtf16CodeUnitsAsTheRfc8785SortingExample() throws Exception {
        String input = "{\"\\u20ac\":\"Euro Sign\",\"\\r\":\"Carriage Return\",\"\\ufb33\":\"Hebrew Letter Dalet With Dagesh\","
                + "\"1\":\"One\",\"\\ud83d\\ude00\":\"Emoji: Grinning Face\",\"\\u0080\":\"Control\",\"\\u00f6\":\"Latin Small Letter O With Diaeresis\"}";
        assertThat(canonical(input)).isEqualTo("{\"\\r\":\"Carriage Return\",\"1\":\"One\",\"\u0080\":\"Control\","
                + "\"ö\":\"Latin Small Letter O With Diaeresis\",\"€\":\"Euro Sign\",\"😀\":\"Emoji: Grinning Face\","
                + "\"\uFB33\":\"Hebrew Letter Dalet With Dagesh\"}");
    }

    @Test
    void printsNumbersAsEcmaScriptDoesForTheAppendixBSamples() {
        assertThat(CanonicalJson.ecmaScript(Double.longBitsToDouble(0x0000000000000001L))).isEqualTo("5e-324");
        assertThat(CanonicalJson.ecmaScript(Double.longBitsToDouble(0x7fefffffffffffffL))).isEqualTo("1.7976931348623157e+308");
        assertThat(CanonicalJson.ecmaScript(Double.longBitsToDouble(0x4340000000000000L))).isEqualTo("9007199254740992");
        assertThat(CanonicalJson.ecmaScript(Double.longBitsToDouble(0x444b1ae4d6e2ef50L))).isEqualTo("1e+21");
        assertThat(CanonicalJson.ecmaScript(Double.longBitsToDouble(0x444b1ae4d6e2ef4fL))).isEqualTo("999999999999999900000");
        assertThat(CanonicalJson.ecmaScript(Double.longBitsToDouble(0x3eb0c6f7a0b5ed8dL))).isEqualTo("0.000001");
        assertThat(CanonicalJson.ecmaScript(Double.longBitsToDouble(0x3eb0c6f7a0b5ed8cL))).isEqualTo("9.999999999999997e-7");
        assertThat(CanonicalJson.ecmaScript(Double.longBitsToDouble(0x41b3de4355555553L))).isEqualTo("333333333.3333332");
        assertThat(CanonicalJson.ecmaScript(Double.longBitsToDouble(0xc43211ede4974a35L))).isEqualTo("-333333333333333300000");
        assertThat(CanonicalJson.ecmaScript(-0.0)).isEqualTo("0");
    }

    @Test
    void refusesWhatItCannotSpellExactly() {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        assertThatThrownBy(() -> CanonicalJson.write(nodes.textNode("标题\uD800")))
                .isInstanceOf(UnrepresentableJsonException.class).hasMessageContaining("surrogate");
        assertThatThrownBy(() -> CanonicalJson.write(nodes.objectNode().put("\uDC00", 1)))
                .isInstanceOf(UnrepresentableJsonException.class);
        assertThatThrownBy(() -> CanonicalJson.write(nodes.numberNode(Double.NaN)))
                .isInstanceOf(UnrepresentableJsonException.class);
        assertThatThrownBy(() -> CanonicalJson.write(nodes.numberNode((1L << 53) + 1)))
                .isInstanceOf(UnrepresentableJsonException.class);
        assertThatThrownBy(() -> CanonicalJson.write(nodes.numberNode(new BigDecimal("0.1000000000000000000001"))))
                .isInstanceOf(UnrepresentableJsonException.class);
        assertThat(CanonicalJson.loneSurrogateAt("a\uD83D\uDE00b")).isEqualTo(-1);
        assertThat(CanonicalJson.loneSurrogateAt("ab\uD83D")).isEqualTo(2);
    }
}
