package org.wenping.ops.evidence;

import java.util.List;

/**
 * The answer of {@link ExportVerifier}: whether the export is intact, how many events it proved, the checkpoint
 * they are proved in, how many witness cosignatures held, every finding and notices that are no finding.
 */
public record ExportReport(boolean ok, String recordId, int events, long checkpointSize, int witnesses,
                           List<ExportFinding> findings, List<String> notices) {
    public ExportReport {
        findings = List.copyOf(findings);
        notices = List.copyOf(notices);
    }

    /** 0 intact, 1 manipulation. */
    public int exitCode() {
        return ok ? 0 : 1;
    }
}
