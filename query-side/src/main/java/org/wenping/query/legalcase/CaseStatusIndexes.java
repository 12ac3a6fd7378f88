package org.wenping.query.legalcase;

import com.mongodb.client.model.IndexModel;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import org.bson.conversions.Bson;

import java.util.ArrayList;
import java.util.List;

/**
 * The secondary indexes of {@code case_status}, declared only on a real MongoDB (as the matters'). Each list order
 * has an index leading with its field then {@code _id}; the selective equality filters each lead one followed by the
 * default order; the jurisdiction prefix serves every reader's scope and the statistics.
 */
final class CaseStatusIndexes {
    static final List<String> SELECTIVE = List.of("organ", "caseClass", "stage", "riskLevel", "heldBack", "organUnit");

    static final List<IndexModel> DECLARED = declared();

    private CaseStatusIndexes() {
    }

    private static List<IndexModel> declared() {
        List<IndexModel> indexes = new ArrayList<>(List.of(
                index("listedOn_id", Indexes.descending("listedOn", "_id")),
                index("lastChanged_id", Indexes.descending(CaseStatusRepository.LAST_CHANGED_KEY, "_id")),
                index("caseNumber_id", Indexes.ascending("caseNumber", "_id")),
                index("jurisdiction_listedOn", Indexes.compoundIndex(Indexes.ascending("jurisdiction"),
                        Indexes.descending("listedOn")))));
        for (String field : SELECTIVE) {
            indexes.add(index(field + "_listedOn", Indexes.compoundIndex(Indexes.ascending(field),
                    Indexes.descending("listedOn", "_id"))));
        }
        return List.copyOf(indexes);
    }

    private static IndexModel index(String name, Bson keys) {
        return new IndexModel(keys, new IndexOptions().name(name));
    }
}
