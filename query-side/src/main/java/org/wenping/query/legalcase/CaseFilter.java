package org.wenping.query.legalcase;

import com.mongodb.client.model.Filters;
import org.bson.conversions.Bson;
import org.wenping.kernel.actor.Actor;
import org.wenping.kernel.legalcase.CaseClass;
import org.wenping.kernel.legalcase.Organ;
import org.wenping.kernel.legalcase.ProceduralStage;
import org.wenping.kernel.matter.RiskLevel;
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

    Predicate<CaseStatusView> matching() {
        Predicate<CaseStatusView> filter = view -> matches(name(organ), view.facts().organ());
        return filter.and(view -> matches(name(caseClass), view.facts().caseClass()))
                .and(view -> stage == null || stage == view.progress().stage())
                .and(view -> matches(name(proceduralStage), view.progress().proceduralStage()))
                .and(view -> matches(name(riskLevel), view.risk().riskLevel()))
                .and(view -> matches(unit, view.facts().organUnit()))
                .and(view -> jurisdiction == null || view.facts().jurisdiction().startsWith(jurisdiction))
                .and(view -> year == null || view.listing().listedOn().getYear() == year)
                .and(view -> heldBack == null || heldBack == view.heldBack())
                .and(view -> resolved == null || resolved == view.risk().riskResolved())
                .and(view -> closed == null || closed == (view.progress().stage() == CaseStage.CLOSED))
                .and(view -> isBlank(q) || view.facts().caseNumber().contains(q.trim()));
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

    private static boolean matches(String wanted, String actual) {
        return isBlank(wanted) || wanted.equals(actual);
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
