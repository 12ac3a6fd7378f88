package org.wenping.query.stats;

import org.wenping.kernel.actor.Actor;
import org.wenping.kernel.actor.Role;
import org.wenping.kernel.jurisdiction.JurisdictionCode;
import org.wenping.query.matter.MatterStage;
import org.wenping.query.matter.MatterStatusView;
import org.wenping.query.matter.MatterViews;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.wenping.query.stats.ViewBuilder.matter;

/**
 * Seven matters: six in 酒泉市 (620900), one in 621002 outside it. Judged on {@link #TODAY}, 2026-04-10.
 * m1 肃州区 政策/第三方, decided and filed on time, tracked with open measures and one incident;
 * m2 肃州区 工程/简易, decided against the assessment (评而不用), never filed (漏报); m3 敦煌 活动/第三方/特殊, decided in March, filed late
 * (迟报), re-assessing after two incidents; m4 敦煌 改革/第三方 of 2025, closed after one incident;
 * m5 酒泉市本级 决策, still being assessed; m6 金塔 工程, decided the day before TODAY, filing due TODAY.
 */
final class StatsFixtures {
    static final LocalDate TODAY = LocalDate.of(2026, 4, 10);
    static final String SUZHOU_UNIT = "肃州区发改局";
    static final String DUNHUANG_UNIT = "敦煌市人民政府";

    static final List<MatterStatusView> VIEWS = List.of(
            matter("m1").in("620902", SUZHOU_UNIT).category("POLICY").thirdParty().registeredOn(day(3, 5))
                    .graded("LOW").decided("IMPLEMENT", day(3, 20)).filed(day(3, 21), false)
                    .tracking(MatterStage.TRACKING, 2, 1).build(),
            matter("m2").in("620902", SUZHOU_UNIT).category("PROJECT").procedure("SIMPLIFIED").registeredOn(day(3, 10))
                    .graded("LOW").decided("PARTIAL", day(3, 25)).assessmentNotUsed().build(),
            matter("m3").in("620982", DUNHUANG_UNIT).category("ACTIVITY").thirdParty().procedure("SPECIAL")
                    .registeredOn(day(2, 15)).graded("HIGH").decided("REJECT", day(3, 2)).filed(day(3, 6), true)
                    .tracking(MatterStage.REASSESSING, 0, 2).build(),
            matter("m4").in("620982", DUNHUANG_UNIT).category("REFORM").thirdParty()
                    .registeredOn(LocalDate.of(2025, 12, 1)).graded("MEDIUM")
                    .decided("POSTPONE", LocalDate.of(2025, 12, 20)).filed(LocalDate.of(2025, 12, 21), false)
                    .tracking(MatterStage.CLOSED, 0, 1).build(),
            matter("m5").in("620900", "酒泉市发改委").category("DECISION").registeredOn(day(3, 28))
                    .assessing().build(),
            matter("m6").in("620921", "金塔县自然资源局").category("PROJECT").registeredOn(day(4, 2))
                    .graded("LOW").decided("IMPLEMENT", day(4, 9)).build(),
            matter("x1").in("621002", "外市单位").category("POLICY").thirdParty().registeredOn(day(3, 3)).build());

    /** Scopes like the catalog does: R9, the reader's jurisdiction contains the matter's. */
    static final MatterViews CATALOG = reader -> VIEWS.stream()
            .filter(view -> reader.mayActIn(new JurisdictionCode(view.facts().jurisdiction())));

    private StatsFixtures() {
    }

    /** The cells the projection keeps for these views, built as it builds them: each view's figures added to its cell. */
    static Stream<MatterCell> cells(Stream<MatterStatusView> views) {
        Map<String, MatterCell> cells = new TreeMap<>();
        views.map(MatterFigures::of).forEach(figures -> cells.put(figures.cellId(),
                cells.getOrDefault(figures.cellId(), MatterCell.empty(figures)).plus(figures, Instant.EPOCH)));
        return cells.values().stream();
    }

    static Actor supervisor(String jurisdiction) {
        return new Actor("wwb-" + jurisdiction, "维稳办", Role.SUPERVISOR, "维稳办", new JurisdictionCode(jurisdiction));
    }

    static LocalDate day(int month, int day) {
        return LocalDate.of(2026, month, day);
    }
}
