package org.wenping.query.registry;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.wenping.kernel.actor.Actor;
import org.wenping.kernel.jurisdiction.JurisdictionCode;
import org.wenping.query.web.Paging;
import org.wenping.query.web.QueryRefusedException;
import org.wenping.query.web.ReaderScope;

import java.util.List;
import java.util.function.Predicate;

/**
 * Reads the 评估机构 registry and the 专家库: a page of entries in the order registered, retired ones included with
 * their state, or one entry by id. Readers see only entries of their own jurisdiction (R9).
 */
@RestController
class RegistryController {
    private final RegistryReadModel model;

    RegistryController(RegistryReadModel model) {
        this.model = model;
    }

    @GetMapping("/api/agencies")
    RegistryPage<AgencyView> agencies(@RequestParam(defaultValue = "0") int page,
                                      @RequestParam(defaultValue = "20") int size) {
        return page(model.agencies(), ReaderScope.reader(), page, size);
    }

    @GetMapping("/api/agencies/{id}")
    AgencyView agency(@PathVariable String id) {
        return one(model.agencies(), id, "AGENCY_NOT_FOUND", "未找到评估机构 ");
    }

    @GetMapping("/api/experts")
    RegistryPage<ExpertView> experts(@RequestParam(defaultValue = "0") int page,
                                     @RequestParam(defaultValue = "20") int size) {
        return page(model.experts(), ReaderScope.reader(), page, size);
    }

    @GetMapping("/api/experts/{id}")
    ExpertView expert(@PathVariable String id) {
        return one(model.experts(), id, "EXPERT_NOT_FOUND", "未找到专家 ");
    }

    /** The listing is scoped before anything else is read; only the page's views are read, with one {@code $in}. */
    static <V extends RegistryEntry<V>> RegistryPage<V> page(RegistryCollection<V> registry, Actor reader,
                                                              int page, int size) {
        Paging.require(page, size, "条");
        Predicate<String> inScope = ReaderScope.visibleTo(reader);
        List<String> visible = registry.listed().stream().filter(entry -> inScope.test(entry.jurisdiction()))
                .map(RegistryCollection.Listed::id).toList();
        return new RegistryPage<>(registry.findAll(Paging.slice(visible, page, size)), page, size, visible.size());
    }

    private static <V extends RegistryEntry<V>> V one(RegistryCollection<V> registry, String id, String code,
                                                      String notFound) {
        V view = registry.findAll(List.of(id)).stream().findFirst()
                .orElseThrow(() -> QueryRefusedException.notFound(code, notFound + id));
        ReaderScope.requireVisible(new JurisdictionCode(view.jurisdiction()));
        return view;
    }
}
