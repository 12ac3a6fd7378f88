package org.wenping.query.lists;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.wenping.kernel.actor.Actor;
import org.wenping.kernel.actor.Role;
import org.wenping.kernel.jurisdiction.JurisdictionCode;
import org.wenping.kernel.matter.AssessorMode;
import org.wenping.kernel.matter.Decision;
import org.wenping.kernel.matter.DecisionMadeEvent;
import org.wenping.kernel.matter.GradingScheme;
import org.wenping.kernel.matter.MatterCategory;
import org.wenping.kernel.matter.MatterId;
import org.wenping.kernel.matter.MatterRegisteredEvent;
import org.wenping.kernel.matter.Procedure;
import org.wenping.kernel.matter.RiskLevel;
import org.wenping.query.readmodel.ReadModels;
import org.wenping.query.testing.RecordingMongo;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** 未备案 decisions kept in one group per year, jurisdiction and list, so that a year's index grows with units only. */
class UnlistedGroupsTest {
    private static final JurisdictionCode DUNHUANG = new JurisdictionCode("620982");
    private static final JurisdictionCode YUMEN = new JurisdictionCode("620981");
    private static final Actor CITY = new Actor("wang", "王维稳", Role.SUPERVISOR, "市委维稳办", new JurisdictionCode("620900"));
    private static final Actor YUMEN_READER = new Actor("yu", "玉维稳", Role.SUPERVISOR, "玉门市委维稳办", YUMEN);
    private final RecordingMongo mongo = new RecordingMongo();
    private final AssessmentListRepository repository = new AssessmentListRepository(new ReadModels(mongo.database()));
    private final AssessmentListsProjection projection = new AssessmentListsProjection(repository);
    private final VisibleLists lists = new VisibleLists(repository);

    @AfterEach
    void stop() {
        mongo.close();
    }

    @Test
    void aYearsIndexNamesTheGroupsNotTheMatters() {
        for (int i = 0; i < 300; i++) {
            decided("m-" + i, i % 3 == 0 ? "玉门市发改委" : i % 3 == 1 ? "敦煌市发改委" : "敦煌市交通局",
                    i % 3 == 0 ? YUMEN : DUNHUANG, LocalDate.of(2025, 1, 2).plusDays(i));
        }
        assertThat(repository.year(2025).unlistedGroups()).hasSize(3);
        assertThat(lists.unlisted(CITY, 2025)).hasSize(300).extracting(UnlistedDecision::matterId).startsWith("m-0", "m-1", "m-2");
        assertThat(lists.unlisted(YUMEN_READER, 2025)).hasSize(100).allMatch(d -> d.jurisdiction().equals(YUMEN.value()));
        assertThat(lists.unlisted(CITY, 2024)).isEmpty();
    }

    @Test
    void decisionsComeByTheDayDecidedWhicheverGroupTheyAreIn() {
        decided("m-late", "敦煌市发改委", DUNHUANG, LocalDate.of(2025, 5, 7));
        decided("m-early", "玉门市发改委", YUMEN, LocalDate.of(2025, 5, 6));
        decided("m-late", "敦煌市发改委", DUNHUANG, LocalDate.of(2025, 5, 7));
        assertThat(lists.unlisted(CITY, 2025)).extracting(UnlistedDecision::matterId).containsExactly("m-early", "m-late");
    }

    @Test
    void theDecisionsAreReadByIdentifierOnly() {
        decided("m-1", "敦煌市发改委", DUNHUANG, LocalDate.of(2025, 5, 6));
        decided("m-2", "玉门市发改委", YUMEN, LocalDate.of(2025, 5, 7));
        mongo.findFilters().clear();
        assertThat(lists.unlisted(CITY, 2025)).hasSize(2);
        assertThat(mongo.findFilters()).hasSize(3).allSatisfy(filter -> {
            assertThat(filter.keySet()).containsExactly("_id");
            if (filter.get("_id").isDocument()) assertThat(filter.getDocument("_id").keySet()).containsExactly("$in");
        });
    }

    private void decided(String id, String unit, JurisdictionCode where, LocalDate on) {
        projection.on(new MatterRegisteredEvent(new MatterId(id), "事项" + id, MatterCategory.PROJECT, "城市建设", unit,
                "市政府常务会议", where, Procedure.STANDARD, AssessorMode.SELF, GradingScheme.THREE_LEVEL, on.minusDays(30),
                null, null, "应急事项"));
        projection.on(new DecisionMadeEvent(new MatterId(id), Decision.IMPLEMENT, RiskLevel.LOW, "常务会议", null, false,
                on, on.plusDays(1)));
    }
}
