package org.wenping.query.accountability;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.wenping.kernel.actor.Actor;
import org.wenping.query.web.Paging;
import org.wenping.query.web.ReaderScope;

import java.util.List;
import java.util.function.Predicate;

/**
 * Every action of one person across matters, from the person-actions projection, a page of matters at a time
 * in the order the person first acted on them. Readers see only actions on matters inside their jurisdiction;
 * an unknown person and a person with no visible action look alike (an empty list), so the answer never tells
 * whether someone acted outside the reader's jurisdiction.
 */
@RestController
class PersonAccountabilityController {
    private final PersonActionsRepository repository;

    PersonAccountabilityController(PersonActionsRepository repository) {
        this.repository = repository;
    }

    @GetMapping("/api/people/{userId}/accountability")
    PersonAccountability person(@PathVariable String userId,
                                @RequestParam(defaultValue = "0") int page,
                                @RequestParam(defaultValue = "50") int size) {
        Paging.require(page, size, "事项");
        return pageFor(ReaderScope.reader(), userId, page, size);
    }

    /** Only the listed matters' jurisdictions are read to choose the page; then only the page's documents. */
    PersonAccountability pageFor(Actor reader, String userId, int page, int size) {
        Predicate<String> inScope = ReaderScope.visibleTo(reader);
        List<String> visible = repository.listedFor(userId).stream()
                .filter(matter -> inScope.test(matter.jurisdiction()))
                .map(ListedMatter::matterId)
                .toList();
        List<PersonMatterActions> matters = repository.actionsOf(userId, Paging.slice(visible, page, size));
        return new PersonAccountability(userId, page, size, visible.size(),
                matters.stream().mapToInt(matter -> matter.actions().size()).sum(), matters);
    }
}
