package org.wenping.query.stats;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The names of the 行政区划 (GB/T 2260), read from a data file of {@code code<TAB>name} lines: the whole of
 * 甘肃省 ships with Wenping ({@link #bundled()}); another file replaces it ({@link #from(Path)}). Codes the file
 * does not name are shown by code. A count per code holds the matters registered at exactly that code, so a
 * city's own bucket is its 本级.
 */
public final class JurisdictionNames {
    private static final String BUNDLED = "gbt2260-62.tsv";
    private static final Pattern LINE = Pattern.compile("(\\d{6})\\t(\\S.*)");

    private final SortedMap<String, String> names;

    private JurisdictionNames(SortedMap<String, String> names) {
        this.names = Collections.unmodifiableSortedMap(names);
    }

    /** 甘肃省: the province, its 14 prefecture-level and 86 county-level divisions. */
    public static JurisdictionNames bundled() {
        try (InputStream in = Objects.requireNonNull(JurisdictionNames.class.getResourceAsStream(BUNDLED), BUNDLED)) {
            return read(new InputStreamReader(in, StandardCharsets.UTF_8), BUNDLED);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A file of the same shape (UTF-8, {@code #} starts a comment line). */
    public static JurisdictionNames from(Path file) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(reader, file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("无法读取行政区划文件 " + file, e);
        }
    }

    static JurisdictionNames read(Reader source, String name) throws IOException {
        SortedMap<String, String> names = new TreeMap<>();
        BufferedReader lines = new BufferedReader(source);
        String line;
        for (int number = 1; (line = lines.readLine()) != null; number++) {
            if (line.isBlank() || line.startsWith("#")) continue;
            Matcher entry = LINE.matcher(line.strip());
            if (!entry.matches()) {
                throw new IllegalArgumentException(name + " 第 " + number + " 行不是「六位代码<TAB>名称」:" + line);
            }
            names.put(entry.group(1), entry.group(2).strip());
        }
        return new JurisdictionNames(names);
    }

    /** The name of the bucket of matters registered at {@code code}: 肃州区, 酒泉市本级, or the code itself. */
    String bucket(String code) {
        String name = names.get(code);
        if (name == null) return code;
        return code.endsWith("00") ? name + "本级" : name;
    }

    /** The named codes inside a jurisdiction prefix, in code order. */
    List<String> knownWithin(String prefix) {
        return names.keySet().stream().filter(code -> code.startsWith(prefix)).toList();
    }
}
