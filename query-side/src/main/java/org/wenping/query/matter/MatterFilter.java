package org.wenping.query.matter;

import com.mongodb.client.model.Filters;
import org.bson.conversions.Bson;
import org.wenping.kernel.actor.Actor;
import org.wenping.kernel.matter.Decision;
import org.wenping.kernel.matter.MatterCategory;
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
 * The filters of {@code GET /api/matters}; every one is optional. {@code jurisdiction} is a code prefix
 * (62, 6209, 620902); {@code q} matches the title; {@code overdue} selects decisions whose filing is late (R6);
 * {@code flag} selects the matters an {@link AccountabilityFlag} is raised on (评而不用, 迟报, 漏报, …).
 * Each filter is written twice, side by side: as a predicate for the in-memory catalog and as a MongoDB
 * query for the indexed listing; a test holds the two to the same answers. The coded filters are enums, so that
 * an unknown value ({@code stage=BOGUS}) is refused as such rather than matching nothing.
 */
record MatterFilter(MatterStage stage, RiskLevel riskLevel, Decision decision, MatterCategory category,
                    String domain, String unit, String jurisdiction, Integer year, Boolean overdue, AccountabilityFlag flag,
                    String q, String sort) {
    /** The form of a jurisdiction prefix: up to six digits. */
    static final Pattern DIGITS = JurisdictionPrefix.DIGITS;

    /** The filters as a predicate, for views already inside the reader's jurisdiction ({@link Conditions}). */
    Predicate<MatterStatusView> matching(LocalDate today) {
        return new Conditions<MatterStatusView>()
                .when(stage != null, view -> stage == view.progress().stage())
                .equal(name(riskLevel), view -> view.assessment().riskLevel())
                .equal(name(decision), view -> view.decision().code())
                .equal(name(category), view -> view.facts().category())
                .equal(domain, view -> view.facts().domain())
                .equal(unit, view -> view.facts().responsibleUnit())
                .when(jurisdiction != null, view -> view.facts().jurisdiction().startsWith(jurisdiction))
                .when(year != null, view -> view.registration().registeredOn().getYear() == year)
                .when(overdue != null, view -> overdue == view.decision().filing().overdueOn(today))
                .when(flag != null, view -> flag.raisedBy(view, today))
                .contains(q, view -> view.facts().title())
                .all();
    }

    /** {@link #matching} inside the reader's jurisdiction, as a query on the stored views of {@code matter_status}. */
    Bson asQuery(Actor reader, LocalDate today) {
        Optional<String> prefix = JurisdictionPrefix.narrowest(reader.jurisdiction().prefix(), jurisdiction);
        if (prefix.isEmpty()) return Filters.in("_id", List.of());
        List<Bson> conditions = new ArrayList<>();
        conditions.add(inJurisdiction(prefix.get()));
        equalTo(conditions, "stage", name(stage));
        equalTo(conditions, "riskLevel", name(riskLevel));
        equalTo(conditions, "decision", name(decision));
        equalTo(conditions, "category", name(category));
        equalTo(conditions, "domain", domain);
        equalTo(conditions, "responsibleUnit", unit);
        if (year != null) {
            conditions.add(Filters.gte("registeredOn", LocalDate.of(year, 1, 1).toString()));
            conditions.add(Filters.lt("registeredOn", LocalDate.of(year + 1, 1, 1).toString()));
        }
        if (overdue != null) {
            Bson late = AccountabilityFlag.missingFiling(today);
            conditions.add(overdue ? late : Filters.nor(late));
        }
        if (flag != null) conditions.add(flag.query(today));
        if (!isBlank(q)) conditions.add(Filters.regex("title", Pattern.quote(q.trim())));
        return Filters.and(conditions);
    }

    /** Views whose jurisdiction code starts with {@code prefix} ({@link JurisdictionPrefix#query}). */
    static Bson inJurisdiction(String prefix) {
        return JurisdictionPrefix.query(prefix);
    }

    ListOrder<MatterStatusView> order() {
        return MatterSort.parse(sort);
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
