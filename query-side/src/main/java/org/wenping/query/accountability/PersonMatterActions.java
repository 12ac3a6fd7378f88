package org.wenping.query.accountability;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Everything one person did on one matter, in stream order; the document keyed {@code userId|matterId}.
 * Immutable: {@link #with} yields the next version, and ignores an action already present (redelivery).
 */
public record PersonMatterActions(
        String id,
        String userId,
        String matterId,
        String matterTitle,
        String jurisdiction,
        List<PersonAction> actions) {

    static String key(String userId, String matterId) {
        return userId + "|" + matterId;
    }

    static PersonMatterActions start(String userId, String matterId, String matterTitle, String jurisdiction) {
        return new PersonMatterActions(key(userId, matterId), userId, matterId, matterTitle, jurisdiction, List.of());
    }

    boolean has(String eventId) {
        return actions.stream().anyMatch(action -> action.eventId().equals(eventId));
    }

    PersonMatterActions with(PersonAction action) {
        if (has(action.eventId())) return this;
        List<PersonAction> next = new ArrayList<>(actions);
        next.add(action);
        next.sort(Comparator.comparingLong(PersonAction::sequence));
        return new PersonMatterActions(id, userId, matterId, matterTitle, jurisdiction, List.copyOf(next));
    }
}
