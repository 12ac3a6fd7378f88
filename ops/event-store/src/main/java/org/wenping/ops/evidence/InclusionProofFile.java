package org.wenping.ops.evidence;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * One event's RFC 6962 audit path in the C2SP {@code tlog-proof} text form, its checkpoint kept once in the
 * export's {@code checkpoint} entry instead of repeated: {@code c2sp.org/tlog-proof@v1}, {@code index <leaf
 * index>} (position − 1), then the sibling hashes from the leaf up, one base64 hash a line.
 */
record InclusionProofFile(long index, List<byte[]> path) {
    private static final String HEADER = "c2sp.org/tlog-proof@v1";

    InclusionProofFile {
        path = List.copyOf(path);
    }

    byte[] bytes() {
        StringBuilder text = new StringBuilder(HEADER).append('\n').append("index ").append(index).append('\n');
        path.forEach(hash -> text.append(Base64.getEncoder().encodeToString(hash)).append('\n'));
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    static InclusionProofFile parse(byte[] bytes) {
        List<String> lines = new String(bytes, StandardCharsets.UTF_8).lines().toList();
        if (lines.size() < 2 || !lines.get(0).equals(HEADER) || !lines.get(1).startsWith("index ")) {
            throw new IllegalArgumentException("不是 " + HEADER + " 格式");
        }
        List<byte[]> path = new ArrayList<>();
        for (String line : lines.subList(2, lines.size())) {
            byte[] hash = Base64.getDecoder().decode(line);
            if (hash.length != 32) throw new IllegalArgumentException("证明中的哈希不是 32 字节");
            path.add(hash);
        }
        return new InclusionProofFile(Long.parseLong(lines.get(1).substring("index ".length())), path);
    }
}
