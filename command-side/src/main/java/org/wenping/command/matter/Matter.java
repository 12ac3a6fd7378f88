package org.wenping.command.matter;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.wenping.command.web.Authority;
import org.wenping.kernel.actor.Role;
import org.wenping.kernel.jurisdiction.JurisdictionCode;
import org.wenping.kernel.matter.AssessmentPlanDraftedEvent;
import org.wenping.kernel.matter.MatterId;
import org.wenping.kernel.matter.MatterRegisteredEvent;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** A 重大事项 on its way from 立项 to closure; every change is an event. */
@Aggregate(snapshotTriggerDefinition = "matterSnapshotTrigger")
class Matter {
    @AggregateIdentifier
    private MatterId matterId;
    private JurisdictionCode jurisdiction;
    private long version;

    Matter() {
    }

    @CommandHandler
    Matter(RegisterMatterCommand command, MetaData metaData) {
        Authority.require(metaData, "立项", command.jurisdiction(), Role.ASSESSOR);
        BusinessDates.requireNotInFuture("registeredOn", command.registeredOn());
        apply(new MatterRegisteredEvent(command.matterId(), command.title(), command.category(), command.domain(),
                command.responsibleUnit(), command.decisionAuthority(), command.jurisdiction(), command.procedure(),
                command.assessorMode(), command.gradingScheme(), command.registeredOn()));
    }

    @CommandHandler
    long handle(DraftAssessmentPlanCommand command, MetaData metaData) {
        Authority.require(metaData, "制定评估方案", jurisdiction, Role.ASSESSOR);
        BusinessDates.requireNotInFuture("draftedOn", command.draftedOn());
        apply(new AssessmentPlanDraftedEvent(matterId, command.scope(), command.methods(), command.standards(),
                command.dueBy(), command.unitsInvolved(), command.draftedOn()));
        return version;
    }

    @EventSourcingHandler
    void on(MatterRegisteredEvent event, @SequenceNumber long sequence) {
        matterId = event.matterId();
        jurisdiction = event.jurisdiction();
        version = sequence;
    }

    @EventSourcingHandler
    void on(AssessmentPlanDraftedEvent event, @SequenceNumber long sequence) {
        version = sequence;
    }
}
