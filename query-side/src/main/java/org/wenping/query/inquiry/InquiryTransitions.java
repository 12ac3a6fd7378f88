package org.wenping.query.inquiry;

import org.wenping.kernel.actor.Actor;
import org.wenping.kernel.inquiry.FindingRecordedEvent;
import org.wenping.kernel.inquiry.InquiryConcludedEvent;
import org.wenping.kernel.inquiry.InquiryEventCases;
import org.wenping.kernel.inquiry.InquiryOpenedEvent;
import org.wenping.kernel.inquiry.SanctionImposedEvent;
import org.wenping.query.dossier.ActorView;
import org.wenping.query.dossier.CodeLabel;

import java.util.List;
import java.util.Optional;

/**
 * What each inquiry event does to the {@link InquiryView} held so far: one case per event. An event whose inquiry
 * was never opened here changes nothing.
 */
final class InquiryTransitions implements InquiryEventCases<Optional<InquiryView>> {
    private final Optional<InquiryView> held;
    private final Actor actor;

    /** @param actor who recorded the event, or null */
    InquiryTransitions(Optional<InquiryView> held, Actor actor) {
        this.held = held;
        this.actor = actor;
    }

    @Override
    public Optional<InquiryView> on(InquiryOpenedEvent e) {
        return Optional.of(new InquiryView(e.inquiryId().value(), -1, e.subjectId(),
                CodeLabel.of(e.subjectKind(), e.subjectKind().label()), e.subjectTitle(),
                CodeLabel.of(e.reason(), e.reason().label()), e.reasonText(), e.jurisdiction().value(), e.openedOn(),
                actor == null ? null : ActorView.of(actor), List.of(), null, null, null));
    }

    @Override
    public Optional<InquiryView> on(FindingRecordedEvent e) {
        return held.map(view -> view.with(new FindingView(e.findingId(), e.person(), e.personName(), e.personUnit(),
                e.roles().stream().map(role -> CodeLabel.of(role, role.label())).toList(),
                CodeLabel.of(e.responsibility(), e.responsibility().label()), CodeLabel.of(e.breach(), e.breach().label()),
                e.evidence(), e.mitigated(), e.mitigationGrounds(), e.statement(), e.foundOn(), List.of())));
    }

    @Override
    public Optional<InquiryView> on(SanctionImposedEvent e) {
        return held.map(view -> view.sanctioning(e.findingId(),
                new SanctionView(CodeLabel.of(e.kind(), e.kind().label()), e.text(), e.imposedOn())));
    }

    @Override
    public Optional<InquiryView> on(InquiryConcludedEvent e) {
        return held.map(view -> view.concluded(e.conclusion(), e.concludedOn()));
    }
}
