package org.wenping.command.legalcase;

import org.axonframework.messaging.MetaData;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.hamcrest.FeatureMatcher;
import org.hamcrest.Matcher;
import org.hamcrest.Matchers;
import org.wenping.command.domain.CommandRefusedException;
import org.wenping.kernel.actor.Actor;
import org.wenping.kernel.actor.EventMetadata;
import org.wenping.kernel.actor.Role;
import org.wenping.kernel.jurisdiction.JurisdictionCode;
import org.wenping.kernel.legalcase.CaseClass;
import org.wenping.kernel.legalcase.CaseDimension;
import org.wenping.kernel.legalcase.CaseDimensionAssessedEvent;
import org.wenping.kernel.legalcase.CaseId;
import org.wenping.kernel.legalcase.CaseListedEvent;
import org.wenping.kernel.legalcase.CaseMeasureAdoptedEvent;
import org.wenping.kernel.legalcase.CaseMeasureCompletedEvent;
import org.wenping.kernel.legalcase.CaseReportCompiledEvent;
import org.wenping.kernel.legalcase.CaseRiskGradedEvent;
import org.wenping.kernel.legalcase.CaseRiskResolvedEvent;
import org.wenping.kernel.legalcase.CaseStageChangedEvent;
import org.wenping.kernel.legalcase.Organ;
import org.wenping.kernel.legalcase.PredictedForm;
import org.wenping.kernel.legalcase.ProceduralStage;
import org.wenping.kernel.matter.GradingScheme;
import org.wenping.kernel.matter.RiskLevel;
import org.wenping.kernel.personal.SealedPersonalData;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The case, actors and histories the LegalCase tests start from: a case of 肃州区人民法院 (620902). */
final class GivenCase {
    static final CaseId ID = new CaseId("c-suzhou-17");
    static final JurisdictionCode SUZHOU = new JurisdictionCode("620902");
    static final LocalDate DAY = LocalDate.of(2026, 3, 2);
    static final String COURT = "肃州区人民法院";
    static final Actor HANDLER = new Actor("handler", "张承办", Role.HANDLER, COURT, SUZHOU);
    static final Actor CASE_LEAD = new Actor("caselead", "李分管", Role.CASE_LEAD, COURT, SUZHOU);
    static final Actor ORGAN_HEAD = new Actor("organhead", "王院长", Role.ORGAN_HEAD, COURT, SUZHOU);
    static final SealedPersonalData PERSON = new SealedPersonalData(ID + "-p1", "AES-256-GCM", "c2VhbGVk");

    private GivenCase() {
    }

    static AggregateTestFixture<LegalCase> fixture() {
        return new AggregateTestFixture<>(LegalCase.class);
    }

    static MetaData as(Actor actor) {
        return MetaData.from(EventMetadata.of(actor));
    }

    /** Matches a refusal by its stable code. */
    static Matcher<CommandRefusedException> refusedWith(String code) {
        return new FeatureMatcher<>(Matchers.equalTo(code), "a refusal with code", "code") {
            @Override
            protected String featureValueOf(CommandRefusedException refusal) {
                return refusal.code();
            }
        };
    }

    static ListCaseCommand list(CaseClass caseClass) {
        return new ListCaseCommand(ID, "(2026)甘0902民初17号", Organ.COURT, caseClass, "张承办", "李分管", "王院长",
                "土地承包经营权纠纷,涉及三十余户", List.of(PERSON), ProceduralStage.ACCEPTANCE, SUZHOU,
                GradingScheme.THREE_LEVEL, DAY.minusDays(10), DAY);
    }

    static CaseListedEvent listed(CaseClass caseClass) {
        return new CaseListedEvent(ID, "(2026)甘0902民初17号", Organ.COURT, COURT, caseClass, "张承办", "李分管", "王院长",
                "土地承包经营权纠纷,涉及三十余户", List.of(PERSON), ProceduralStage.ACCEPTANCE, SUZHOU,
                GradingScheme.THREE_LEVEL, DAY.minusDays(10), DAY);
    }

    static CaseDimensionAssessedEvent assessed(CaseDimension dimension) {
        return new CaseDimensionAssessedEvent(ID, dimension, "部分农户对补偿有异议", List.of(PredictedForm.PETITION), DAY);
    }

    static List<Object> allDimensionsAssessed() {
        return Arrays.stream(CaseDimension.values()).map(GivenCase::assessed).map(Object.class::cast).toList();
    }

    static CaseRiskGradedEvent graded(RiskLevel level) {
        return new CaseRiskGradedEvent(ID, GradingScheme.THREE_LEVEL, level, List.of("涉及人数较多"), DAY);
    }

    static CaseReportCompiledEvent reported() {
        return new CaseReportCompiledEvent(ID, "土地承包经营权纠纷案", List.of(PERSON.keyId()), "简要案情", "已受理",
                "可能引发上访", "释法明理,诉前调解", DAY);
    }

    static CaseMeasureAdoptedEvent measureAdopted(String measureId) {
        return new CaseMeasureAdoptedEvent(ID, measureId, "诉前调解", "肃州区司法局", "赵调解", null, DAY);
    }

    static CaseMeasureCompletedEvent measureCompleted(String measureId) {
        return new CaseMeasureCompletedEvent(ID, measureId, "达成调解意向", DAY);
    }

    static CaseRiskResolvedEvent resolved(ProceduralStage stage) {
        return new CaseRiskResolvedEvent(ID, stage, "矛盾已化解", DAY);
    }

    static CaseStageChangedEvent stageChanged(ProceduralStage from, ProceduralStage to) {
        return new CaseStageChangedEvent(ID, from, to, "依法进入下一阶段", DAY);
    }

    /** The assessment of the current stage {@code stage} graded and reported, with one measure still open. */
    static List<Object> gradedWithOpenMeasure(ProceduralStage stage) {
        List<Object> events = new ArrayList<>(allDimensionsAssessed());
        events.addAll(List.of(graded(RiskLevel.MEDIUM), reported(), measureAdopted(measureOf(stage))));
        return events;
    }

    /** The assessment of the current stage {@code stage} run to its end: the risk resolved. */
    static List<Object> resolvedIn(ProceduralStage stage) {
        List<Object> events = new ArrayList<>(gradedWithOpenMeasure(stage));
        events.addAll(List.of(measureCompleted(measureOf(stage)), resolved(stage)));
        return events;
    }

    static String measureOf(ProceduralStage stage) {
        return "measure-" + stage.name().toLowerCase();
    }

    static List<Object> history(Object first, List<Object> rest) {
        List<Object> events = new ArrayList<>();
        events.add(first);
        events.addAll(rest);
        return events;
    }
}
