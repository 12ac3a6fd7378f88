package org.wenping.query.accountability;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.wenping.kernel.actor.Actor;
import org.wenping.kernel.jurisdiction.JurisdictionCode;
import org.wenping.query.web.InvalidQueryException;
import org.wenping.query.web.ReaderScope;

import java.util.List;

/**
 * Every action of one person across matters, from the person-actions projection, a page of matters at a time
 * in the order the person first acted on them. Readers see only actions on matters inside their jurisdiction;
 * an unknown person and a person with no visible action look alike (an empty list), so the answer never tells
 * whether someone acted outside the reader's jurisdiction.
 */
@RestController
class PersonAccountabilityController {
    static final int MAX_PAGE_SIZE = 200;

    private final PersonActionsRepository repository;

    PersonAccountabilityController(PersonActionsRepository repository) {
        this.repository = repository;
    }

    @GetMapping("/api/people/{userId}/accountability")
    PersonAccountability person(@PathVariable String userId,
                                @RequestParam(defaultValue = "0") int page,
                                @RequestParam(defaultValue = "50") int size) {
        if (page < 0) throw new InvalidQueryException("page", "页码不得为负");
        if (size < 1 || size > MAX_PAGE_SIZE) throw new InvalidQueryException("size", "每页事项数须在1到200之间");
        return pageFor(ReaderScope.reader(), userId, page, size);
    }

    /** Only the listed matters' jurisdictions are read to choose the page; then only the page's documents. */
    PersonAccountability pageFor(Actor reader, String userId, int page, int size) {
        List<String> visible = repository.listedFor(userId).stream()
                .filter(matter -> JurisdictionCode.isValid(matter.jurisdiction())
                        && reader.mayActIn(new JurisdictionCode(matter.jurisdiction())))
                .map(ListedMatter::matterId)
                .toList();
        int from = (int) Math.min((long) page * size, visible.size());
        List<PersonMatterActions> matters = repository.actionsOf(userId,
                visible.subList(from, Math.min(from + size, visible.size())));
        return new PersonAccountability(userId, page, size, visible.size(),
                matters.stream().mapToInt(matter -> matter.actions().size()).sum(), matters);
    }
}
