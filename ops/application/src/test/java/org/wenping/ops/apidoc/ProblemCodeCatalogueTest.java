package org.wenping.ops.apidoc;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every problem code the sources can answer is in the API description's table ({@code apidoc/problem-codes.tsv}):
 * codes are string literals where each refusal is made (kernel {@code Refusal} subclasses, the web edge), so the
 * sources are read for them; a new code fails here until it has its row, with its status and where it arises.
 */
class ProblemCodeCatalogueTest {
    private static final Pattern CODE = Pattern.compile("\"([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)\"");
    private static final Path ROOT = Path.of("../..");
    private static final Set<String> SOURCES = Set.of("command-side/src/main/java", "query-side/src/main/java",
            "ops/application/src/main/java", "ops/personal-data/src/main/java");
    /** Literals of that shape that no documented operation answers: values, a fault, a method it does not serve. */
    private static final Set<String> NOT_ANSWERED = Set.of("THIRD_PARTY", "THREE_LEVEL", "INTERNAL_ERROR",
            "METHOD_NOT_ALLOWED");

    @Test
    void everyCodeTheSourcesAnswerHasItsRow() {
        Set<String> documented = Set.copyOf(Resources.rows("problem-codes.tsv").stream()
                .map(row -> ProblemCode.of(row).code()).toList());
        Map<String, Path> undocumented = new TreeMap<>();
        for (String source : SOURCES) {
            try (Stream<Path> files = Files.walk(ROOT.resolve(source))) {
                files.filter(file -> file.toString().endsWith(".java")).forEach(file -> {
                    Matcher literal = CODE.matcher(read(file));
                    while (literal.find()) {
                        String code = literal.group(1);
                        if (!documented.contains(code) && !NOT_ANSWERED.contains(code)) undocumented.put(code, file);
                    }
                });
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        assertThat(undocumented).as("codes without a row in apidoc/problem-codes.tsv").isEmpty();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
