package org.wenping.query.matter;

import com.mongodb.client.model.IndexModel;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;

import java.util.List;

/**
 * The secondary indexes of {@code matter_status}, declared only on a real MongoDB (the embedded server
 * ignores them and pays for each one whenever it reopens its file). Each list order has an index that
 * leads with its field, so a page is read in order without a blocking sort; the selective equality
 * filters lead an index of their own followed by the default order; the jurisdiction prefix serves the
 * statistics and every reader's scope; the last two find overdue filings (R6 漏报) and overdue measures; the
 * other accountability flags ({@link AccountabilityFlag}) lead an index in the default order like the filters.
 */
final class MatterStatusIndexes {
    static final List<IndexModel> DECLARED = List.of(
            index("registeredOn_id", Indexes.descending("registeredOn", "_id")),
            index("lastChanged_id", Indexes.descending(MatterStatusRepository.LAST_CHANGED_KEY, "_id")),
            index("title_id", Indexes.ascending("title", "_id")),
            index("stage_registeredOn", Indexes.compoundIndex(Indexes.ascending("stage"),
                    Indexes.descending("registeredOn", "_id"))),
            index("decision_registeredOn", Indexes.compoundIndex(Indexes.ascending("decision"),
                    Indexes.descending("registeredOn", "_id"))),
            index("riskLevel_registeredOn", Indexes.compoundIndex(Indexes.ascending("riskLevel"),
                    Indexes.descending("registeredOn", "_id"))),
            index("responsibleUnit_registeredOn", Indexes.compoundIndex(Indexes.ascending("responsibleUnit"),
                    Indexes.descending("registeredOn", "_id"))),
            index("jurisdiction_registeredOn", Indexes.compoundIndex(Indexes.ascending("jurisdiction"),
                    Indexes.descending("registeredOn"))),
            flagIndex("assessmentNotUsed"),
            flagIndex("decisionFiledLate"),
            flagIndex("incidentsAfterDecision"),
            index("unfiledDeadline", Indexes.ascending("decisionFiledOn", "filingDeadline")),
            index("measureDueBy", Indexes.ascending("measuresDue.dueBy")));

    private MatterStatusIndexes() {
    }

    private static IndexModel flagIndex(String field) {
        return index(field + "_registeredOn", Indexes.compoundIndex(Indexes.ascending(field),
                Indexes.descending("registeredOn", "_id")));
    }

    private static IndexModel index(String name, org.bson.conversions.Bson keys) {
        return new IndexModel(keys, new IndexOptions().name(name));
    }
}
