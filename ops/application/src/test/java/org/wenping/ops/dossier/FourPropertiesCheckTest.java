package org.wenping.ops.dossier;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import org.junit.jupiter.api.Test;
import org.wenping.kernel.jurisdiction.JurisdictionCode;
import org.wenping.kernel.matter.AssessorMode;
import org.wenping.kernel.matter.GradingScheme;
import org.wenping.kernel.matter.MatterCategory;
import org.wenping.kernel.matter.MatterId;
import org.wenping.kernel.matter.MatterRegisteredEvent;
import org.wenping.kernel.matter.Procedure;
import org.wenping.ops.dossier.FourPropertiesReport.Item;
import org.wenping.ops.dossier.FourPropertiesReport.Result;
import org.wenping.ops.evidence.ExportReport;
import org.wenping.query.history.HistoryEntry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The 四性 items judged on a record's stream: roles against the permission table, metadata items, sequences. */
class FourPropertiesCheckTest {
    private static final MatterRegisteredEvent REGISTRATION = new MatterRegisteredEvent(new MatterId("m-1"), "敦煌机场扩建项目",
            MatterCategory.PROJECT, "交通", "市发改委", "市政府常务会议", new JurisdictionCode("620982"), Procedure.STANDARD,
            AssessorMode.THIRD_PARTY, GradingScheme.THREE_LEVEL, LocalDate.parse("2026-02-02"));
    private static final ExportReport INTACT = new ExportReport(true, "m-1", 1, 1, 0, List.of(), List.of());
    private static final ReadAudit NOT_BUILT = new ReadAudit() {
        @Override
        public Optional<List<String>> problems(String recordId) {
            return Optional.empty();
        }

        @Override
        public String notCheckedReason() {
            return "访问日志尚未建成";
        }
    };

    @Test
    void aRegistrationByTheAssessorPassesAndSecurityIsNotChecked() {
        FourPropertiesReport report = check(entry(0, "ASSESSOR", "corr-1")).report(Instant.EPOCH);
        assertThat(report.items()).filteredOn(item -> item.property() != FourPropertiesReport.Property.SECURITY)
                .extracting(Item::result).containsOnly(Result.PASS);
        assertThat(report.items()).filteredOn(item -> item.property() == FourPropertiesReport.Property.SECURITY)
                .extracting(Item::result, Item::reason).containsExactly(org.assertj.core.groups.Tuple.tuple(Result.NOT_CHECKED, "访问日志尚未建成"));
        assertThat(report.passed()).isFalse();
    }

    @Test
    void aRoleThePermissionTableDoesNotAllowFailsAuthenticity() {
        assertThat(item(check(entry(0, "EXPERT", "corr-1")), "元数据与内容相符").reason()).contains("EXPERT", "无权立项");
    }

    @Test
    void aMissingCorrelationAndASequenceGapFailIntegrity() {
        FourPropertiesCheck check = check(entry(1, "ASSESSOR", null));
        assertThat(item(check, "元数据项齐全").reason()).contains("correlationId");
        assertThat(item(check, "序号无漏号").reason()).contains("漏号");
    }

    private static Item item(FourPropertiesCheck check, String name) {
        Item item = check.report(Instant.EPOCH).items().stream().filter(i -> i.item().equals(name)).findFirst().orElseThrow();
        assertThat(item.result()).isEqualTo(Result.FAIL);
        return item;
    }

    private static FourPropertiesCheck check(HistoryEntry entry) {
        return new FourPropertiesCheck("m-1", List.of(entry), 1, INTACT, List.of("Ed25519"), List.of(),
                new MatterDossierSource(null, null), "<html>" + entry.hash() + "</html>", NOT_BUILT);
    }

    private static HistoryEntry entry(long sequence, String role, String correlationId) {
        Map<String, Object> actor = new HashMap<>(Map.of("userId", "zhang", "displayName", "张三", "role", role,
                "unit", "市发改委", "jurisdiction", "620982"));
        return new HistoryEntry("e-1", 1, sequence, "MatterRegisteredEvent", "1", Instant.EPOCH, actor, correlationId,
                "cause-1", JsonNodeFactory.instance.objectNode(), "ab".repeat(32), REGISTRATION);
    }
}
