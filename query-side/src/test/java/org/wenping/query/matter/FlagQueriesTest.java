package org.wenping.query.matter;

import com.mongodb.client.model.IndexModel;
import org.bson.BsonDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.wenping.kernel.actor.Actor;
import org.wenping.kernel.matter.Decision;
import org.wenping.kernel.matter.DecisionMadeEvent;
import org.wenping.kernel.matter.MatterId;
import org.wenping.kernel.matter.RiskLevel;
import org.wenping.query.readmodel.ReadModels;
import org.wenping.query.testing.RecordingMongo;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What {@code GET /api/matters?flag=} asks of MongoDB, seen through the driver: one find per page whose flag
 * condition is on a field that leads a declared index of {@code matter_status}, inside the reader's prefix; and
 * each flag selects the one matter it is raised on.
 */
class FlagQueriesTest {
    static final LocalDate TODAY = LocalDate.of(2026, 4, 10);
    static final LocalDate DECIDED_ON = LocalDate.of(2026, 3, 20);
    static final Actor CITY_READER = IndexedListingTest.reader("620900");
    static final List<String> INDEX_LEADS = MatterStatusIndexes.DECLARED.stream().map(IndexModel::getKeys)
            .map(keys -> keys.toBsonDocument().getFirstKey()).toList();
    /** The matter each flag is raised on, and the stored field its query selects on first. */
    static final Map<AccountabilityFlag, List<String>> RAISED_ON = Map.of(
            AccountabilityFlag.ASSESSMENT_NOT_USED, List.of("not-used", "assessmentNotUsed"),
            AccountabilityFlag.LATE_FILING, List.of("late", "decisionFiledLate"),
            AccountabilityFlag.MISSING_FILING, List.of("missing", "decisionFiledOn"),
            AccountabilityFlag.INCIDENT_AFTER_DECISION, List.of("incident", "incidentsAfterDecision"),
            AccountabilityFlag.MEASURE_NOT_CARRIED_OUT, List.of("measure", "measuresDue.dueBy"));

    RecordingMongo mongo;
    IndexedMatterViews indexed;

    @BeforeEach
    void start() {
        mongo = new RecordingMongo();
        MatterStatusRepository repository = new MatterStatusRepository(new ReadModels(mongo.database()), ListingSource.CATALOG);
        repository.save(decided("not-used", true).decisionFiled(DECIDED_ON, false));
        repository.save(decided("late", false).decisionFiled(DECIDED_ON.plusDays(3), true));
        repository.save(decided("missing", false));
        repository.save(decided("incident", false).decisionFiled(DECIDED_ON, false).incidentOn(DECIDED_ON.plusDays(5)));
        repository.save(decided("measure", false).decisionFiled(DECIDED_ON, false)
                .measureAdopted("overdue", TODAY.minusDays(1)).measureAdopted("done", TODAY.minusDays(2))
                .measureCompleted("done"));
        repository.save(decided("clean", false).decisionFiled(DECIDED_ON, false).measureAdopted("due", TODAY));
        indexed = new IndexedMatterViews(repository);
    }

    @AfterEach
    void stop() {
        mongo.close();
    }

    @Test
    void eachFlagSendsOneIndexServedFindInsideTheReadersPrefixAndSelectsItsMatter() {
        for (AccountabilityFlag flag : AccountabilityFlag.values()) {
            int before = mongo.findFilters().size();
            MatterPage page = indexed.page(flagged(flag), CITY_READER, TODAY, 0, 10);

            assertThat(page.items()).as(flag.name()).extracting(MatterStatusView::id).containsExactly(RAISED_ON.get(flag).get(0));
            List<BsonDocument> sent = mongo.findFilters().subList(before, mongo.findFilters().size());
            assertThat(sent).as(flag.name()).singleElement().satisfies(filter -> {
                String field = RAISED_ON.get(flag).get(1);
                assertThat(filter.toJson()).contains("\"" + field + "\"").contains("^6209");
                assertThat(INDEX_LEADS).contains(field);
            });
        }
    }

    static MatterFilter flagged(AccountabilityFlag flag) {
        return new MatterFilter(null, null, null, null, null, null, null, null, null, flag, null, null);
    }

    static MatterStatusView decided(String id, boolean assessmentNotUsed) {
        MatterStatusView registered = CatalogMatterViewsTest.view(id, "620902");
        return registered.graded(RiskLevel.HIGH).decided(new DecisionMadeEvent(new MatterId(id), Decision.IMPLEMENT,
                        RiskLevel.HIGH, "常务会议", assessmentNotUsed ? "会议认为风险可控" : null, assessmentNotUsed,
                        DECIDED_ON, DECIDED_ON.plusDays(1)))
                .stamped(1, Instant.parse("2026-03-20T02:00:00Z"));
    }
}
