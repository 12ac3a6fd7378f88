package org.wenping.ops.integrity;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.wenping.ops.verify.StoreVerifier;
import org.wenping.ops.verify.VerifyReport;

/**
 * {@code GET /api/ops/integrity} (admin, supervisor, inspector): re-reads the whole raw store and answers
 * {@code {ok, checked, checkpoint, breaches: [{position, kind, aggregateId, detail}], notices}}.
 */
@RestController
class IntegrityController {
    private final StoreVerifier verifier;
    private final SigningKeys keys;
    private final PublishedCheckpoints published;

    IntegrityController(StoreVerifier verifier, SigningKeys keys, PublishedCheckpoints published) {
        this.verifier = verifier;
        this.keys = keys;
        this.published = published;
    }

    @GetMapping("/api/ops/integrity")
    VerifyReport verify() {
        return verifier.verify(published.trusted(keys.trusted()).orElse(null), position -> { });
    }
}
