package org.wenping.ops.accesslog;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AuditedRouteTest {

    @Test
    void dossiersTimelinesExportsAndPersonalDataOfEveryKindOfRecordAreAudited() {
        assertThat(AuditedRoute.match("/api/matters/m-1/dossier")).contains(new AuditedRoute.Read(AccessKind.DOSSIER, "m-1"));
        assertThat(AuditedRoute.match("/api/cases/c-1/dossier")).contains(new AuditedRoute.Read(AccessKind.DOSSIER, "c-1"));
        assertThat(AuditedRoute.match("/api/matters/m-1/dossier/export"))
                .contains(new AuditedRoute.Read(AccessKind.EXPORT, "m-1"));
        assertThat(AuditedRoute.match("/api/cases/c-1/accountability"))
                .contains(new AuditedRoute.Read(AccessKind.ACCOUNTABILITY_TIMELINE, "c-1"));
        assertThat(AuditedRoute.match("/api/people/handler/accountability"))
                .contains(new AuditedRoute.Read(AccessKind.ACCOUNTABILITY_TIMELINE, "handler"));
        assertThat(AuditedRoute.match("/api/cases/c-1/persons"))
                .contains(new AuditedRoute.Read(AccessKind.PERSONAL_DATA, "c-1"));
    }

    @Test
    void otherReadsAreNot() {
        assertThat(AuditedRoute.match("/api/matters/m-1")).isEmpty();
        assertThat(AuditedRoute.match("/api/matters")).isEmpty();
        assertThat(AuditedRoute.match("/api/matters/m-1/dossier/four-properties")).isEmpty();
        assertThat(AuditedRoute.match("/api/ops/access-log")).isEmpty();
        assertThat(AuditedRoute.match("/api/cases/c-1/persons/c-1-p1/erasure")).isEmpty();
    }
}
