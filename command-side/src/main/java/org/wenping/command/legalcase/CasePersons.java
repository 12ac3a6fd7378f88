package org.wenping.command.legalcase;

import org.wenping.kernel.actor.Action;
import org.wenping.kernel.actor.Permissions;
import org.wenping.kernel.actor.Role;
import org.wenping.kernel.personal.SealedPersonalData;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The case's 涉案人员 by key id, and whether each one's data was erased; never their data. */
final class CasePersons {
    private final Map<String, Boolean> erasedByKeyId = new HashMap<>();

    CasePersons(List<SealedPersonalData> persons) {
        persons.forEach(person -> erasedByKeyId.put(person.keyId(), false));
    }

    void requireKnown(List<String> keyIds) {
        keyIds.stream().filter(keyId -> !erasedByKeyId.containsKey(keyId)).findFirst().ifPresent(keyId -> {
            throw new PersonUnknownException(keyId);
        });
    }

    /** A person whose data may still be erased or restricted: one of the case's, not yet erased. */
    void requireNotErased(String keyId) {
        requireKnown(List.of(keyId));
        if (erasedByKeyId.get(keyId)) throw new PersonalDataErasedException(keyId);
    }

    static void requireReader(Role readableBy) {
        if (Permissions.scope(readableBy, Action.READ_PERSONAL_DATA).isEmpty()) {
            throw new RestrictionReaderException(readableBy);
        }
    }

    void erased(String keyId) {
        erasedByKeyId.put(keyId, true);
    }
}
