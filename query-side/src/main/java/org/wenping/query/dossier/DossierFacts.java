package org.wenping.query.dossier;

import java.time.LocalDate;

/**
 * The facts of a matter as its events establish them: what was registered, and where it stands (stage, grade,
 * decision). A later grade or decision supersedes the earlier one; the dossier's entries keep both.
 */
public record DossierFacts(
        String matterId,
        String title,
        CodeLabel category,
        String domain,
        String responsibleUnit,
        String decisionAuthority,
        String jurisdiction,
        CodeLabel procedure,
        CodeLabel assessorMode,
        CodeLabel gradingScheme,
        LocalDate registeredOn,
        String agencyId,
        CodeLabel stage,
        CodeLabel grade,
        LocalDate gradedOn,
        String reportDocumentHash,
        CodeLabel decision,
        LocalDate decidedOn,
        boolean assessmentNotUsed,
        LocalDate filingDeadline,
        LocalDate closedOn) {
}
