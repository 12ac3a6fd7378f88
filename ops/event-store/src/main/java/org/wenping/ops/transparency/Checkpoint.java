package org.wenping.ops.transparency;

import java.util.Base64;

/**
 * The body of a C2SP {@code tlog-checkpoint}: the log's origin, its size in decimal and its RFC 6962
 * tree head in standard base64, each on a line ending in a newline.
 */
public record Checkpoint(String origin, long size, byte[] root) {

    public String text() {
        return origin + "\n" + size + "\n" + Base64.getEncoder().encodeToString(root) + "\n";
    }

    public static Checkpoint parse(String text) {
        String[] lines = text.split("\n", -1);
        if (lines.length < 4 || lines[0].isEmpty()) {
            throw new IllegalArgumentException("a checkpoint is origin, size and root hash, one a line");
        }
        long size = Long.parseLong(lines[1]);
        byte[] root = Base64.getDecoder().decode(lines[2]);
        if (size < 0 || root.length != 32) throw new IllegalArgumentException("a checkpoint's size or root is malformed");
        return new Checkpoint(lines[0], size, root);
    }

    public String rootBase64() {
        return Base64.getEncoder().encodeToString(root);
    }
}
