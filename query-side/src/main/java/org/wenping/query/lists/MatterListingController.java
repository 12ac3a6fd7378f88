package org.wenping.query.lists;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.wenping.kernel.jurisdiction.JurisdictionCode;
import org.wenping.query.web.ReaderScope;
import org.wenping.query.web.QueryRefusedException;

/** {@code GET /api/matters/{id}/assessment-list}: the matter's list item or off-list reason, and its 未备案 flag. */
@RestController
class MatterListingController {
    private final AssessmentListRepository repository;

    MatterListingController(AssessmentListRepository repository) {
        this.repository = repository;
    }

    @GetMapping("/api/matters/{id}/assessment-list")
    MatterListing listing(@PathVariable String id) {
        StoredMatter matter = repository.matter(id).orElseThrow(() -> QueryRefusedException.matterNotFound(id));
        ReaderScope.requireVisible(new JurisdictionCode(matter.jurisdiction()));
        return MatterListing.of(matter);
    }
}
