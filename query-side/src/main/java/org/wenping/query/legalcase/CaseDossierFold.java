package org.wenping.query.legalcase;

import org.wenping.kernel.RecordEvent;
import org.wenping.kernel.legalcase.CaseEvent;
import org.wenping.query.dossier.DossierFold;

import java.util.Optional;

/**
 * A case's dossier facts are its status view as its events up to {@code asOf} establish it: the same transitions
 * as the projection's, folded on demand (without the actor and recording time, which each entry shows).
 */
final class CaseDossierFold implements DossierFold<CaseStatusView> {
    private Optional<CaseStatusView> view = Optional.empty();

    @Override
    public void apply(RecordEvent event) {
        if (event instanceof CaseEvent caseEvent) view = caseEvent.accept(new CaseStatusTransitions(view, null, null));
    }

    @Override
    public CaseStatusView facts() {
        return view.orElse(null);
    }
}
