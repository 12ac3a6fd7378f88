package org.wenping.query.matter;

import com.mongodb.client.model.IndexModel;
import org.bson.BsonDocument;
import org.wenping.query.listing.SortField;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On a real MongoDB every list order is read from an index that leads with its field and then {@code _id}
 * (no blocking in-memory sort, whatever the page), and each selective filter leads an index of its own.
 */
class MatterStatusIndexesTest {
    static final List<List<String>> KEYS = MatterStatusIndexes.DECLARED.stream()
            .map(IndexModel::getKeys).map(keys -> keys.toBsonDocument())
            .map(BsonDocument::keySet).map(List::copyOf).toList();

    @Test
    void everyListOrderHasAnIndexLeadingWithItsFieldThenTheId() {
        for (SortField<MatterStatusView> sort : MatterSort.FIELDS) {
            assertThat(KEYS).as(sort.parameter()).contains(List.of(sort.storedField(), "_id"));
        }
    }

    @Test
    void theSelectiveFiltersEachLeadAnIndexInTheDefaultOrder() {
        for (String field : List.of("stage", "decision", "riskLevel", "responsibleUnit")) {
            assertThat(KEYS).as(field).contains(List.of(field, "registeredOn", "_id"));
        }
    }

    @Test
    void theReadersJurisdictionAndOverdueFilingsHaveIndexes() {
        assertThat(KEYS).anyMatch(keys -> keys.get(0).equals("jurisdiction"));
        assertThat(KEYS).contains(List.of("decisionFiledOn", "filingDeadline"));
    }

    @Test
    void everyAccountabilityFlagHasAnIndex() {
        for (String field : List.of("assessmentNotUsed", "decisionFiledLate", "incidentsAfterDecision")) {
            assertThat(KEYS).as(field).contains(List.of(field, "registeredOn", "_id"));
        }
        assertThat(KEYS).contains(List.of("measuresDue.dueBy"));
    }

    @Test
    void theListOrdersRunInTheDirectionTheirIndexesAreDeclaredOrItsExactReverse() {
        for (IndexModel index : MatterStatusIndexes.DECLARED) {
            BsonDocument keys = index.getKeys().toBsonDocument();
            if (!keys.containsKey("_id")) continue;
            int last = keys.getInt32("_id").getValue();
            String first = keys.getFirstKey();
            if (keys.size() == 2) assertThat(keys.getInt32(first).getValue()).as(first).isEqualTo(last);
        }
    }
}
