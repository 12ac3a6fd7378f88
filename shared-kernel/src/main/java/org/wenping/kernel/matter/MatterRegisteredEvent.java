package org.wenping.kernel.matter;

import org.axonframework.serialization.Revision;
import org.wenping.kernel.jurisdiction.JurisdictionCode;
import org.wenping.kernel.lists.AssessmentListId;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Emitted once, when a 重大事项 is registered for assessment (立项). The first event of every matter.
 *
 * @param registeredOn the business date of the 立项 decision, which may precede the recording time (补录)
 * @param listId the yearly list the matter is registered against (清单管理), or null
 * @param listItemNo the item of that list the matter carries out, or null
 * @param offListReason why a matter registered against no list item is not on its unit's list, or null. The three
 *                      were added to revision 1 as optional components: a revision-1 event recorded before them
 *                      reads as a matter registered off the list with no reason given.
 */
@Revision("1")
public record MatterRegisteredEvent(
        MatterId matterId,
        String title,
        MatterCategory category,
        String domain,
        String responsibleUnit,
        String decisionAuthority,
        JurisdictionCode jurisdiction,
        Procedure procedure,
        AssessorMode assessorMode,
        GradingScheme gradingScheme,
        LocalDate registeredOn,
        AssessmentListId listId,
        Integer listItemNo,
        String offListReason) implements MatterEvent {

    public MatterRegisteredEvent {
        Objects.requireNonNull(matterId, "matterId");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(jurisdiction, "jurisdiction");
        Objects.requireNonNull(procedure, "procedure");
        Objects.requireNonNull(assessorMode, "assessorMode");
        Objects.requireNonNull(gradingScheme, "gradingScheme");
        Objects.requireNonNull(registeredOn, "registeredOn");
    }

    /** A matter registered without naming a list item or a reason for being off the list. */
    public MatterRegisteredEvent(MatterId matterId, String title, MatterCategory category, String domain,
                                 String responsibleUnit, String decisionAuthority, JurisdictionCode jurisdiction,
                                 Procedure procedure, AssessorMode assessorMode, GradingScheme gradingScheme,
                                 LocalDate registeredOn) {
        this(matterId, title, category, domain, responsibleUnit, decisionAuthority, jurisdiction, procedure,
                assessorMode, gradingScheme, registeredOn, null, null, null);
    }

    @Override
    public LocalDate businessDate() {
        return registeredOn;
    }

    @Override
    public <R> R accept(MatterEventCases<R> cases) {
        return cases.on(this);
    }
}
