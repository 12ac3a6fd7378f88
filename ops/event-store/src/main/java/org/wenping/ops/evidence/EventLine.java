package org.wenping.ops.evidence;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** One line of {@code events.jsonl}: its number (from 1), the SHA-256 of its bytes, and what it says. */
record EventLine(int number, String recomputedHash, JsonNode content) {

    static List<EventLine> split(byte[] file, ExportVerifier.Findings findings) {
        List<EventLine> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < file.length; i++) {
            if (file[i] != '\n') continue;
            lines.add(read(lines.size() + 1, Arrays.copyOfRange(file, start, i), findings));
            start = i + 1;
        }
        if (start < file.length) findings.add(ExportFiles.EVENTS, null, "最后一行没有以换行结束");
        return lines;
    }

    private static EventLine read(int number, byte[] bytes, ExportVerifier.Findings findings) {
        JsonNode content = MissingNode.getInstance();
        try {
            content = DossierExportWriter.JSON.readTree(bytes);
        } catch (Exception e) {
            findings.add(ExportFiles.EVENTS, null, "第 " + number + " 行不是 JSON");
        }
        return new EventLine(number, ExportSeal.sha256Hex(bytes), content == null ? MissingNode.getInstance() : content);
    }

    long position() {
        return content.path("position").asLong(-1);
    }

    Long sequence() {
        JsonNode sequence = content.path("sequence");
        return sequence.isIntegralNumber() ? sequence.asLong() : null;
    }

    String previousHash() {
        return content.path("previousHash").asText("");
    }

    String aggregateId() {
        return content.path("aggregateId").asText(null);
    }

    Optional<ExportManifest.EventEntry> entry(ExportManifest manifest) {
        return number <= manifest.events().size() ? Optional.of(manifest.events().get(number - 1)) : Optional.empty();
    }
}
