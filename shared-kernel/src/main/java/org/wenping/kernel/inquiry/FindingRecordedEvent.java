package org.wenping.kernel.inquiry;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Emitted when an inquiry finds that a person breached their duty on the subject's record. Who the person is, the
 * parts they played and how far they answer are read from the events they recorded there, not typed in; so is
 * 酌情减轻 (seed 004 篇3: assessed beforehand and its measures carried out, yet an incident followed).
 *
 * @param findingId identifies the finding within the inquiry; sanctions name it
 * @param person the username of the person the finding names, as the subject's events record their actor
 * @param personName the person's name as recorded with their acts
 * @param personUnit the person's unit as recorded with their acts
 * @param roles the parts the person played in the subject's record, in the order they first played them
 * @param evidence the subject events the finding rests on, as sequence numbers of the subject's own stream:
 *                 they are what the record's 一事一档 and accountability timeline show, dense and fixed per record,
 *                 and the command side can check them against the stream alone; a global position would depend
 *                 on how the store interleaves records and mean nothing to a reader of the dossier
 * @param mitigated whether responsibility is lightened (酌情减轻)
 * @param mitigationGrounds why it is (the assessment and the measures carried out), or null when it is not
 * @param statement what the inspector found, in their words
 * @param foundOn the business date of the finding
 */
@Revision("1")
public record FindingRecordedEvent(
        InquiryId inquiryId,
        String findingId,
        String person,
        String personName,
        String personUnit,
        List<RecordRole> roles,
        Responsibility responsibility,
        Breach breach,
        List<Long> evidence,
        boolean mitigated,
        String mitigationGrounds,
        String statement,
        LocalDate foundOn) implements InquiryEvent {

    public FindingRecordedEvent {
        Objects.requireNonNull(inquiryId, "inquiryId");
        Objects.requireNonNull(findingId, "findingId");
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(responsibility, "responsibility");
        Objects.requireNonNull(breach, "breach");
        Objects.requireNonNull(statement, "statement");
        Objects.requireNonNull(foundOn, "foundOn");
        roles = List.copyOf(roles);
        evidence = List.copyOf(evidence);
    }

    @Override
    public LocalDate businessDate() {
        return foundOn;
    }

    @Override
    public <R> R accept(InquiryEventCases<R> cases) {
        return cases.on(this);
    }
}
