package org.wenping.query.legalcase;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.wenping.kernel.actor.Role;
import org.wenping.kernel.legalcase.CaseClass;
import org.wenping.kernel.legalcase.CaseDimension;
import org.wenping.kernel.legalcase.CaseRulingMadeEvent;
import org.wenping.kernel.legalcase.ProceduralStage;
import org.wenping.kernel.legalcase.RulingKind;
import org.wenping.kernel.matter.RiskLevel;
import org.wenping.query.batch.ViewDocuments;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wenping.query.legalcase.CaseStatusProjectionTest.*;

/** The case's view answers each code with its zh-CN name beside it, and nothing of the live stream's. */
class CaseStatusViewJsonTest {

    static CaseStatusView gradedAndRestricted() {
        return CaseStatusView.listed(listed(CaseClass.PUBLIC_CONCERN), HANDLER, T0)
                .assessed(CaseDimension.LEGALITY)
                .assessed(CaseDimension.CONTROLLABILITY)
                .graded(RiskLevel.MEDIUM, MARCH_2)
                .personRestricted("c-1-p1", Role.CASE_LEAD)
                .stamped(4, T0.plusSeconds(60));
    }

    @Test
    @SuppressWarnings("unchecked")
    void answersTheZhCnNamesBesideTheCodes() {
        Document stored = ViewDocuments.toDocument(ID.value(), gradedAndRestricted());

        assertThat(List.of(stored.get("organ"), stored.get("organLabel"), stored.get("caseClass"),
                stored.get("caseClassLabel"), stored.get("proceduralStage"), stored.get("proceduralStageLabel"),
                stored.get("riskLevel"), stored.get("riskLevelLabel"), stored.get("stage"), stored.get("stageLabel"),
                stored.get("assessedDimensionLabels")))
                .containsExactly("COURT", "法院", "PUBLIC_CONCERN", "群众关注/社会敏感", "ACCEPTANCE", "受理",
                        "MEDIUM", "中", "GRADED", "已定级", List.of("合法性", "可控性"));
        assertThat((Map<String, Object>) stored.getList("persons", Map.class).get(0))
                .containsEntry("status", "RESTRICTED").containsEntry("statusLabel", "限制处理")
                .containsEntry("readableBy", "CASE_LEAD").containsEntry("readableByLabel", "分管领导");
        assertThat(stored).containsEntry("ruling", null).containsEntry("rulingLabel", null).doesNotContainKey("eventName");
    }

    @Test
    void aRulingIsNamedBesideItsCode() {
        CaseStatusView ruled = gradedAndRestricted().resolved(MARCH_2).ruled(
                new CaseRulingMadeEvent(ID, RulingKind.JUDGMENT, "判决",
                        ProceduralStage.ACCEPTANCE, false, MARCH_2));

        assertThat(ViewDocuments.toDocument(ID.value(), ruled))
                .containsEntry("ruling", "JUDGMENT").containsEntry("rulingLabel", "判决");
    }

    @Test
    void readsBackEqualFromItsStoredDocument() {
        CaseStatusView view = gradedAndRestricted();
        assertThat(ViewDocuments.read(ViewDocuments.toDocument(ID.value(), view), CaseStatusView.class)).isEqualTo(view);
    }
}
