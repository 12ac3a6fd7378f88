package org.wenping.ops.apidoc;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/** The description's tables on the class path: UTF-8, one row a line, tab-separated, {@code #} starts a comment. */
final class Resources {
    private Resources() {
    }

    static String text(String name) {
        try (InputStream in = Resources.class.getResourceAsStream("/apidoc/" + name)) {
            if (in == null) throw new IllegalStateException("API description resource missing: apidoc/" + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<List<String>> rows(String name) {
        return text(name).lines().filter(line -> !line.isBlank() && !line.startsWith("#"))
                .map(line -> Arrays.asList(line.split("\t", -1))).toList();
    }
}
