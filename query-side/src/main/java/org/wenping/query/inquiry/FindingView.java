package org.wenping.query.inquiry;

import org.wenping.query.dossier.CodeLabel;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One finding of an inquiry as the record states it, with the sanctions imposed on it in the order imposed.
 *
 * @param person the username of the person named
 * @param evidence sequence numbers of the subject's events the finding cites, as its accountability timeline shows them
 */
record FindingView(
        String findingId,
        String person,
        String personName,
        String personUnit,
        List<CodeLabel> roles,
        CodeLabel responsibility,
        CodeLabel breach,
        List<Long> evidence,
        boolean mitigated,
        String mitigationGrounds,
        String statement,
        LocalDate foundOn,
        List<SanctionView> sanctions) {

    FindingView with(SanctionView sanction) {
        List<SanctionView> more = new ArrayList<>(sanctions);
        more.add(sanction);
        return new FindingView(findingId, person, personName, personUnit, roles, responsibility, breach, evidence,
                mitigated, mitigationGrounds, statement, foundOn, List.copyOf(more));
    }
}
