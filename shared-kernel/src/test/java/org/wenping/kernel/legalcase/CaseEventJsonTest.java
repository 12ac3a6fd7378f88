package org.wenping.kernel.legalcase;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.wenping.kernel.actor.Role;
import org.wenping.kernel.json.KernelJson;
import org.wenping.kernel.jurisdiction.JurisdictionCode;
import org.wenping.kernel.matter.GradingScheme;
import org.wenping.kernel.matter.OpinionMethod;
import org.wenping.kernel.matter.RiskLevel;
import org.wenping.kernel.personal.SealedPersonalData;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Every case event reads back from the stored JSON as the event that was written, and personal data stays sealed. */
class CaseEventJsonTest {
    private static final ObjectMapper JSON = KernelJson.newObjectMapper();
    private static final CaseId CASE = new CaseId("c-2026-017");
    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);
    private static final SealedPersonalData PERSON = new SealedPersonalData("c-2026-017-p1", "AES-256-GCM", "bm9uY2U=");

    static List<CaseEvent> oneOfEach() {
        return List.of(
                new CaseListedEvent(CASE, "(2026)甘0902民初17号", Organ.COURT, "肃州区人民法院",
                        CaseClass.MAJOR_DIFFICULT_COMPLEX, "张承办", "李分管", "王院长", "土地承包经营权纠纷,涉及三十余户",
                        List.of(PERSON), ProceduralStage.ACCEPTANCE, new JurisdictionCode("620902"),
                        GradingScheme.THREE_LEVEL, DAY.minusDays(10), DAY),
                new CaseDimensionAssessedEvent(CASE, CaseDimension.CONTROLLABILITY, "部分农户情绪激烈",
                        List.of(PredictedForm.BYPASS_PETITION, PredictedForm.MASS_INCIDENT), DAY),
                new CaseOpinionsCollectedEvent(CASE, OpinionMethod.VISIT, 12, 20, "多数农户理解", DAY),
                new CaseRiskGradedEvent(CASE, GradingScheme.THREE_LEVEL, RiskLevel.MEDIUM, List.of("涉及人数多"), DAY),
                new CaseReportCompiledEvent(CASE, "土地承包经营权纠纷案", List.of(PERSON.keyId()), "简要案情", "已开庭一次",
                        "可能越级上访", "院领导包抓,释法明理", DAY),
                new CaseMeasureAdoptedEvent(CASE, "m1", "诉前调解", "肃州区司法局", "赵调解", DAY.plusDays(7), DAY),
                new CaseMeasureCompletedEvent(CASE, "m1", "达成调解意向", DAY),
                new CaseRiskResolvedEvent(CASE, ProceduralStage.ACCEPTANCE, "矛盾已化解", DAY),
                new CaseRulingMadeEvent(CASE, RulingKind.JUDGMENT, "驳回诉讼请求", ProceduralStage.TRIAL, true, DAY),
                new CaseStageChangedEvent(CASE, ProceduralStage.ACCEPTANCE, ProceduralStage.TRIAL, "开庭审理", DAY),
                new CaseVisitRecordedEvent(CASE, "张承办", "当事人情绪稳定", DAY),
                new CaseClosedEvent(CASE, "结案", DAY),
                new PersonalDataErasedEvent(CASE, PERSON.keyId(), "个人信息保护法第四十七条第一款", DAY),
                new PersonalDataRestrictedEvent(CASE, PERSON.keyId(), "档案保管期限未届满", Role.ARCHIVIST, DAY),
                new CaseEventCorrectedEvent(CASE, "e-1", "CaseRiskGradedEvent", "等级录入错误", DAY));
    }

    @ParameterizedTest
    @MethodSource("oneOfEach")
    void readsBackAsTheEventThatWasWritten(CaseEvent event) throws IOException {
        assertThat(JSON.readValue(JSON.writeValueAsString(event), event.getClass())).isEqualTo(event);
    }

    @Test
    void theSamplesCoverTheWholeFamily() {
        assertThat(oneOfEach()).map(Object::getClass).containsExactlyInAnyOrderElementsOf(
                Arrays.asList(CaseEvent.class.getPermittedSubclasses()));
    }

    @Test
    void idsAndEnumsAreStoredAsBareValuesAndPersonsOnlyAsCiphertext() throws IOException {
        String json = JSON.writeValueAsString(oneOfEach().get(0));
        assertThat(json).contains("\"caseId\":\"c-2026-017\"", "\"organ\":\"COURT\"", "\"acceptedOn\":\"2026-02-20\"",
                "\"persons\":[{\"keyId\":\"c-2026-017-p1\",\"algorithm\":\"AES-256-GCM\",\"ciphertext\":\"bm9uY2U=\"}]");
    }

    @Test
    void eachEventNamesItsCaseAsItsRecord() {
        assertThat(oneOfEach()).allSatisfy(event -> assertThat(event.recordId()).isEqualTo("c-2026-017"));
    }
}
