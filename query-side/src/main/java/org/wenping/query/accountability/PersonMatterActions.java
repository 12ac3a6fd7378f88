package org.wenping.query.accountability;

import org.wenping.query.dossier.CodeLabel;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Everything one person did on one record, in stream order; the document keyed {@code userId|matterId}.
 * Immutable: {@link #with} yields the next version, and ignores an action already present (redelivery).
 *
 * @param matterId    the record's id: a matter's, or a case's when {@code kind} is CASE (the field kept its name
 *                    from before cases, so that readers of the per-person view keep working)
 * @param matterTitle the matter's title or the case's name
 * @param kind        MATTER 重大事项 or CASE 政法办案
 */
public record PersonMatterActions(
        String id,
        String userId,
        String matterId,
        String matterTitle,
        String jurisdiction,
        CodeLabel kind,
        List<PersonAction> actions) {

    static String key(String userId, String matterId) {
        return userId + "|" + matterId;
    }

    static PersonMatterActions start(String userId, String matterId, String matterTitle, String jurisdiction,
                                     CodeLabel kind) {
        return new PersonMatterActions(key(userId, matterId), userId, matterId, matterTitle, jurisdiction, kind,
                List.of());
    }

    boolean has(String eventId) {
        return actions.stream().anyMatch(action -> action.eventId().equals(eventId));
    }

    PersonMatterActions with(PersonAction action) {
        if (has(action.eventId())) return this;
        List<PersonAction> next = new ArrayList<>(actions);
        next.add(action);
        next.sort(Comparator.comparingLong(PersonAction::sequence));
        return new PersonMatterActions(id, userId, matterId, matterTitle, jurisdiction, kind, List.copyOf(next));
    }
}
