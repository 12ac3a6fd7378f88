package org.wenping.query.matter;

import org.wenping.kernel.actor.Actor;
import org.wenping.kernel.jurisdiction.JurisdictionCode;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.function.Predicate;

/**
 * The filters of {@code GET /api/matters}; every one is optional. {@code jurisdiction} is a code prefix
 * (62, 6209, 620902); {@code q} matches the title; {@code overdue} selects decisions whose filing is late (R6).
 */
record MatterFilter(String stage, String riskLevel, String decision, String category, String domain, String unit,
                    String jurisdiction, Integer year, Boolean overdue, String q, String sort) {

    Predicate<MatterStatusView> visibleTo(Actor reader, LocalDate today) {
        Predicate<MatterStatusView> filter = view -> reader.mayActIn(new JurisdictionCode(view.jurisdiction()));
        filter = filter.and(view -> matches(stage, view.stage() == null ? null : view.stage().name()))
                .and(view -> matches(riskLevel, view.riskLevel()))
                .and(view -> matches(decision, view.decision()))
                .and(view -> matches(category, view.category()))
                .and(view -> matches(domain, view.domain()))
                .and(view -> matches(unit, view.responsibleUnit()))
                .and(view -> jurisdiction == null || view.jurisdiction().startsWith(jurisdiction))
                .and(view -> year == null || view.registeredOn().getYear() == year)
                .and(view -> overdue == null || overdue == view.filingOverdueOn(today))
                .and(view -> q == null || q.isBlank() || view.title().contains(q.trim()));
        return filter;
    }

    Comparator<MatterStatusView> order() {
        String key = sort == null || sort.isBlank() ? "-registeredOn" : sort;
        boolean descending = key.startsWith("-");
        Comparator<MatterStatusView> ascending = switch (descending ? key.substring(1) : key) {
            case "title" -> Comparator.comparing(MatterStatusView::title);
            case "lastChangedAt" -> Comparator.comparing(MatterStatusView::lastChangedAt);
            case "registeredOn" -> Comparator.comparing(MatterStatusView::registeredOn);
            default -> throw new IllegalArgumentException("sort");
        };
        ascending = ascending.thenComparing(MatterStatusView::id);
        return descending ? ascending.reversed() : ascending;
    }

    private static boolean matches(String wanted, String actual) {
        return wanted == null || wanted.isBlank() || wanted.equals(actual);
    }
}
