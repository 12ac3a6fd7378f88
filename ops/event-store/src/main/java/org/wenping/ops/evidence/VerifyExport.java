package org.wenping.ops.evidence;

import org.wenping.ops.signing.KeyRing;
import org.wenping.ops.signing.NoteVerifier;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * {@code verify-export <zip> [--trusted-keys=<file>]}: checks a dossier export offline, with nothing but the
 * ZIP (no database, no network). Without {@code --trusted-keys} it uses the keys the export carries and
 * prints them, to be compared with the keys the log publishes ({@code GET /checkpoint/keys}). Exit code 0
 * intact, 1 manipulation, 4 could not read the file.
 */
public final class VerifyExport {
    private VerifyExport() {
    }

    /** The application jar's form: {@code java -jar wenping.jar --wenping.verify-export=<zip>}. */
    public static final String FLAG = "--wenping.verify-export=";
    private static final String TRUSTED_KEYS = "--trusted-keys=";

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** The ZIP is the first argument not starting with {@code --}, or the value of {@link #FLAG}. */
    public static int run(String[] args) {
        String zip = null;
        String keys = null;
        for (String arg : args) {
            if (arg.startsWith(FLAG)) zip = arg.substring(FLAG.length());
            else if (arg.startsWith(TRUSTED_KEYS)) keys = arg.substring(TRUSTED_KEYS.length());
            else if (!arg.startsWith("--") && zip == null) zip = arg;
        }
        if (zip == null || zip.isBlank()) {
            System.err.println("用法:verify-export <导出包.zip> [--trusted-keys=<验证密钥文件>]");
            return 4;
        }
        return run(Path.of(zip), keys == null ? null : Path.of(keys), System.out);
    }

    /** Checks {@code zip} and prints the findings to {@code out}; answers the exit code. */
    public static int run(Path zip, Path trustedKeys, PrintStream out) {
        ExportReport report;
        try {
            report = ExportVerifier.verify(read(zip), trusted(trustedKeys));
        } catch (IOException | RuntimeException e) {
            out.println("无法读取导出包 " + zip + ":" + e.getMessage());
            return 4;
        }
        print(report, out);
        return report.exitCode();
    }

    public static Map<String, byte[]> read(Path zip) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (InputStream in = Files.newInputStream(zip); ZipInputStream entries = new ZipInputStream(in, StandardCharsets.UTF_8)) {
            for (ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
                if (!entry.isDirectory()) files.put(entry.getName(), entries.readAllBytes());
            }
        }
        if (files.isEmpty()) throw new IOException("不是 ZIP 文件或为空");
        return files;
    }

    private static Optional<KeyRing> trusted(Path file) throws IOException {
        if (file == null) return Optional.empty();
        return Optional.of(KeyRing.of(Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                .filter(line -> !line.isBlank()).map(NoteVerifier::parse).toList()));
    }

    private static void print(ExportReport report, PrintStream out) {
        out.println(report.ok()
                ? "完好:记录 " + report.recordId() + " 的 " + report.events() + " 个事件均与签名和检查点(" + report.checkpointSize()
                  + " 个事件" + (report.witnesses() > 0 ? "," + report.witnesses() + " 个见证者联署" : "") + ")相符"
                : "发现 " + report.findings().size() + " 处问题:");
        report.findings().forEach(finding -> out.println("  " + finding));
        report.notices().forEach(notice -> out.println("  注意:" + notice));
    }
}
