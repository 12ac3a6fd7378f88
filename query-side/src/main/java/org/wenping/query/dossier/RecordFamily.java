package org.wenping.query.dossier;

import org.wenping.kernel.RecordEvent;
import org.wenping.query.web.QueryRefusedException;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One kind of record (a 重大事项, a 政法办案 case …) as the readers of its whole stream see it: how each of its
 * events reads to a person, which event opens the record and where it lies, and which events correct others (R10).
 * The dossier, the accountability timeline and the per-person list are each written once over this.
 *
 * @param <E> the record's sealed event family
 */
public interface RecordFamily<E extends RecordEvent> {
    Class<E> type();

    /** The kind of record, as readers tell them apart: MATTER 重大事项, CASE 政法办案. */
    CodeLabel kind();

    /** The zh-CN line saying what the event changed. */
    String describe(E event);

    /** The record's id, name and jurisdiction, if {@code event} is the one that opens the record (立项, 列入评估). */
    Optional<RecordOpening> opening(E event);

    /** What {@code event} corrects, if it is a correction (R10). */
    Optional<Correction> correction(E event);

    /** SHA-256 of the documents the event attaches. */
    List<String> documentHashes(E event);

    /** 404 for an id no event of this family was ever recorded under. */
    QueryRefusedException notFound(String id);

    /** 404 for a record that exists now but had no event recorded by {@code asOf}. */
    QueryRefusedException notRecordedAsOf(String id, Instant asOf);

    /** The event of this family a recorded entry holds; empty for an unknown type or another family's event. */
    default Optional<E> eventOf(RecordedEvent recorded) {
        return Optional.ofNullable(recorded.event()).filter(type()::isInstance).map(type()::cast);
    }

    /** The line for a recorded entry: its event's, or a plain one naming a type this reader does not know. */
    default String describe(RecordedEvent recorded) {
        return eventOf(recorded).map(this::describe).orElse("记录事件 " + recorded.type());
    }
}
