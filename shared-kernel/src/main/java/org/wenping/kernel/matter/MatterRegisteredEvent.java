package org.wenping.kernel.matter;

import org.axonframework.serialization.Revision;
import org.wenping.kernel.jurisdiction.JurisdictionCode;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Emitted once, when a 重大事项 is registered for assessment (立项). The first event of every matter.
 *
 * @param registeredOn the business date of the 立项 decision, which may precede the recording time (补录)
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
        LocalDate registeredOn) implements MatterEvent {

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

    @Override
    public LocalDate businessDate() {
        return registeredOn;
    }

    @Override
    public <R> R accept(MatterEventCases<R> cases) {
        return cases.on(this);
    }
}
