package org.wenping.ops.evidence;

import org.wenping.ops.signing.NoteSigner;
import org.wenping.ops.signing.SignedNote;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code SHA256SUMS}: a C2SP signed note, signed by the log's key, whose text is {@code wenping-export/v1},
 * the record id, then {@code <sha256 hex>  <entry name>} for every other entry (the {@code sha256sum} layout).
 * It names the file any changed byte is in, the manifest and the page included.
 */
record ExportSeal(String recordId, Map<String, String> digests) {
    private static final String HEADER = "wenping-export/v1";

    static ExportSeal over(String recordId, Map<String, byte[]> entries) {
        Map<String, String> digests = new LinkedHashMap<>();
        entries.forEach((name, bytes) -> digests.put(name, sha256Hex(bytes)));
        return new ExportSeal(recordId, digests);
    }

    SignedNote sign(NoteSigner signer) {
        StringBuilder text = new StringBuilder(HEADER).append('\n').append(recordId).append('\n');
        digests.forEach((name, digest) -> text.append(digest).append("  ").append(name).append('\n'));
        return SignedNote.sign(text.toString(), signer);
    }

    static ExportSeal parse(String noteText) {
        String[] lines = noteText.split("\n");
        if (lines.length < 2 || !lines[0].equals(HEADER)) throw new IllegalArgumentException("不是 " + HEADER + " 封签");
        Map<String, String> digests = new LinkedHashMap<>();
        for (int i = 2; i < lines.length; i++) {
            String[] parts = lines[i].split(" {2}", 2);
            if (parts.length != 2) throw new IllegalArgumentException("封签第 " + (i + 1) + " 行格式错误");
            digests.put(parts[1], parts[0]);
        }
        return new ExportSeal(lines[1], digests);
    }

    static String sha256Hex(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
