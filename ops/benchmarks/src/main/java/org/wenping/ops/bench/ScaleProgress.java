package org.wenping.ops.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What {@code scale-generator.progress} records after each block: the blocks finished and the cases written with
 * them. The cases are counted, not derived from the blocks, so that a restart with another ratio of {@code --cases}
 * to {@code --matters} goes on from the cases written and never lists one twice. A file of a generator before cases
 * holds the blocks alone: none of its cases were written.
 */
record ScaleProgress(long blocks, long cases) {
    static final String FILE = "scale-generator.progress";

    static ScaleProgress read(Path dataDir) {
        Path file = dataDir.resolve(FILE);
        if (!Files.exists(file)) return new ScaleProgress(0, 0);
        try {
            String[] fields = Files.readString(file).strip().split("\\s+");
            return new ScaleProgress(Long.parseLong(fields[0]), fields.length > 1 ? Long.parseLong(fields[1]) : 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void write(Path dataDir) {
        try {
            Files.writeString(dataDir.resolve(FILE), blocks + " " + cases);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
