package org.wenping.ops.dossier;

import java.util.List;

/**
 * A dossier as its printable page shows it, the same for every kind of record: a heading, the facts as label and
 * value, every step in order with who took it, and the findings of the accountability timeline.
 */
record PrintedDossier(String heading, List<Fact> facts, List<Step> steps, List<String> findings) {
    PrintedDossier {
        facts = List.copyOf(facts);
        steps = List.copyOf(steps);
        findings = List.copyOf(findings);
    }

    /** One fact of the record. */
    record Fact(String label, String value) {
    }

    /** One step: sequence and position, when recorded, the business date, who, what, the rules it satisfied, its hash. */
    record Step(long sequence, long position, String recordedAt, String businessDate, String actor, String action,
                String rules, String hash) {
    }
}
