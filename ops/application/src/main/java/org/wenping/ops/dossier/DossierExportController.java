package org.wenping.ops.dossier;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.nio.charset.StandardCharsets;

/**
 * {@code GET /api/<records>/{id}/dossier/export} (a ZIP, docs/integrity.md §7) and {@code …/dossier/four-properties}
 * (the 四性 report) for each kind of record; a kind joins with its {@link DossierSource} and two lines here.
 */
@RestController
class DossierExportController {
    private static final MediaType ZIP = MediaType.parseMediaType("application/zip");

    private final DossierExports exports;
    private final MatterDossierSource matters;
    private final CaseDossierSource cases;

    DossierExportController(DossierExports exports, MatterDossierSource matters, CaseDossierSource cases) {
        this.exports = exports;
        this.matters = matters;
        this.cases = cases;
    }

    @GetMapping("/api/matters/{id}/dossier/export")
    ResponseEntity<byte[]> matterExport(@PathVariable String id) {
        return zip(id, exports.export(matters, id));
    }

    @GetMapping("/api/matters/{id}/dossier/four-properties")
    FourPropertiesReport matterFourProperties(@PathVariable String id) {
        return exports.fourProperties(matters, id);
    }

    @GetMapping("/api/cases/{id}/dossier/export")
    ResponseEntity<byte[]> caseExport(@PathVariable String id) {
        return zip(id, exports.export(cases, id));
    }

    @GetMapping("/api/cases/{id}/dossier/four-properties")
    FourPropertiesReport caseFourProperties(@PathVariable String id) {
        return exports.fourProperties(cases, id);
    }

    private static ResponseEntity<byte[]> zip(String id, byte[] zip) {
        return ResponseEntity.ok().contentType(ZIP).header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename("dossier-" + id + ".zip", StandardCharsets.UTF_8).build().toString()).body(zip);
    }
}
