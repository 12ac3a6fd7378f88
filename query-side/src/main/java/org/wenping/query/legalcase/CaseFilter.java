package org.wenping.query.legalcase;

import com.mongodb.client.model.Filters;
import org.bson.conversions.Bson;
import org.wenping.kernel.actor.Actor;
import org.wenping.kernel.legalcase.CaseClass;
import org.wenping.kernel.legalcase.Organ;
import org.wenping.kernel.legalcase.ProceduralStage;
import org.wenping.kernel.matter.RiskLevel;
import org.wenping.query.listing.Conditions;
import org.wenping.query.listing.JurisdictionPrefix;
import org.wenping.query.listing.ListOrder;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The filters of {@code GET /api/cases}; every one is optional. {@code jurisdiction} is a code prefix; {@code q}
 * matches the case number; {@code heldBack} selects rulings R8 holds back; {@code resolved} the cases whose risk is
 * resolved in their stage; {@code closed} the closed ones; {@code year} the year of listing. Each filter is written
 * twice, side by side: as a predicate for the in-memory catalog and as a MongoDB query for the indexed listing.
 */
record CaseFilter(Organ organ, CaseClass caseClass, CaseStage stage, ProceduralStage proceduralStage,
                  RiskLevel riskLevel, String unit, String jurisdiction, Integer year, Boolean heldBack,
                  Boolean resolved, Boolean closed, String q, String sort) {

    /** The filters as a predicate for the catalog ({@link Conditions}). */
    Predicate<CaseStatusView> matching() {
        return new Conditions<CaseStatusView>()
                .equal(name(organ), view -> view.facts().organ())
                .equal(name(caseClass), view -> view.facts().caseClass())
                .when(stage != null, view -> stage == view.progress().stage())
                .equal(name(proceduralStage), view -> view.progress().proceduralStage())
                .equal(name(riskLevel), view -> view.risk().riskLevel())
                .equal(unit, view -> view.facts().organUnit())
                .when(jurisdiction != null, view -> view.facts().jurisdiction().startsWith(jurisdiction))
                .when(year != null, view -> view.listing().listedOn().getYear() == year)
                .when(heldBack != null, view -> heldBack == view.heldBack())
                .when(resolved != null, view -> resolved == view.risk().riskResolved())
                .when(closed != null, view -> closed == (view.progress().stage() == CaseStage.CLOSED))
                .contains(q, view -> view.facts().caseNumber())
                .all();
    }

    /** {@link #matching} inside the reader's jurisdiction, as a query on the stored views of {@code case_status}. */
    Bson asQuery(Actor reader) {
        Optional<String> prefix = JurisdictionPrefix.narrowest(reader.jurisdiction().prefix(), jurisdiction);
        if (prefix.isEmpty()) return Filters.in("_id", List.of());
        List<Bson> conditions = new ArrayList<>();
        conditions.add(JurisdictionPrefix.query(prefix.get()));
        equalTo(conditions, "organ", name(organ));
        equalTo(conditions, "caseClass", name(caseClass));
        equalTo(conditions, "stage", name(stage));
        equalTo(conditions, "proceduralStage", name(proceduralStage));
        equalTo(conditions, "riskLevel", name(riskLevel));
        equalTo(conditions, "organUnit", unit);
        if (year != null) {
            conditions.add(Filters.gte("listedOn", LocalDate.of(year, 1, 1).toString()));
            conditions.add(Filters.lt("listedOn", LocalDate.of(year + 1, 1, 1).toString()));
        }
        if (heldBack != null) conditions.add(Filters.eq("heldBack", heldBack));
        if (resolved != null) conditions.add(Filters.eq("riskResolved", resolved));
        if (closed != null) {
            Bson isClosed = Filters.eq("stage", CaseStage.CLOSED.name());
            conditions.add(closed ? isClosed : Filters.nor(isClosed));
        }
        if (!isBlank(q)) conditions.add(Filters.regex("caseNumber", Pattern.quote(q.trim())));
        return Filters.and(conditions);
    }

    ListOrder<CaseStatusView> order() {
        return CaseSort.parse(sort);
    }

    private static void equalTo(List<Bson> conditions, String field, String wanted) {
        if (!isBlank(wanted)) conditions.add(Filters.eq(field, wanted));
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }


    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
