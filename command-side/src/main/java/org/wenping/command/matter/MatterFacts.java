package org.wenping.command.matter;

import org.wenping.kernel.jurisdiction.JurisdictionCode;
import org.wenping.kernel.lists.AssessmentListId;
import org.wenping.kernel.matter.AssessorMode;
import org.wenping.kernel.matter.GradingScheme;
import org.wenping.kernel.matter.MatterRegisteredEvent;
import org.wenping.kernel.matter.Procedure;

/**
 * What was settled about a matter at 立项 and that its rules keep consulting; only the procedure changes (R3).
 * {@code listId} and {@code listItemNo} name the yearly-list item it was registered against, or are null (R11).
 */
record MatterFacts(JurisdictionCode jurisdiction, String responsibleUnit, AssessorMode assessorMode,
                   GradingScheme scheme, Procedure procedure, AssessmentListId listId, Integer listItemNo) {

    static MatterFacts of(MatterRegisteredEvent event) {
        return new MatterFacts(event.jurisdiction(), event.responsibleUnit(), event.assessorMode(),
                event.gradingScheme(), event.procedure(), event.listId(), event.listItemNo());
    }

    MatterFacts withProcedure(Procedure escalated) {
        return new MatterFacts(jurisdiction, responsibleUnit, assessorMode, scheme, escalated, listId, listItemNo);
    }
}
