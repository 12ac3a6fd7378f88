package org.wenping.query.accountability;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.wenping.kernel.actor.Actor;
import org.wenping.kernel.jurisdiction.JurisdictionCode;
import org.wenping.query.web.ReaderScope;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * Every action of one person across matters, from the person-actions projection. Readers see only actions on
 * matters inside their jurisdiction; an unknown person and a person with no visible action look alike (an empty list),
 * so the answer never tells whether someone acted outside the reader's jurisdiction.
 */
@RestController
class PersonAccountabilityController {
    private final PersonActionsRepository repository;

    PersonAccountabilityController(PersonActionsRepository repository) {
        this.repository = repository;
    }

    @GetMapping("/api/people/{userId}/accountability")
    PersonAccountability person(@PathVariable String userId) {
        return visibleTo(ReaderScope.reader(), userId, repository.findByUser(userId));
    }

    static PersonAccountability visibleTo(Actor reader, String userId, List<PersonMatterActions> all) {
        List<PersonMatterActions> visible = all.stream()
                .filter(matter -> JurisdictionCode.isValid(matter.jurisdiction())
                        && reader.mayActIn(new JurisdictionCode(matter.jurisdiction())))
                .sorted(Comparator.comparing(PersonAccountabilityController::firstRecorded)
                        .thenComparing(PersonMatterActions::matterId))
                .toList();
        return new PersonAccountability(userId, visible.stream().mapToInt(m -> m.actions().size()).sum(), visible);
    }

    private static Instant firstRecorded(PersonMatterActions matter) {
        return matter.actions().isEmpty() ? Instant.MAX : matter.actions().get(0).recordedAt();
    }
}
