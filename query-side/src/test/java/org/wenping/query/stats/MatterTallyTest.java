package org.wenping.query.stats;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.wenping.kernel.actor.Actor;
import org.wenping.query.matter.ListingSource;
import org.wenping.query.matter.MatterStage;
import org.wenping.query.matter.MatterStatusView;
import org.wenping.query.readmodel.ReadModels;
import org.wenping.query.testing.RecordingMongo;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.wenping.query.stats.StatsFixtures.TODAY;
import static org.wenping.query.stats.StatsFixtures.VIEWS;
import static org.wenping.query.stats.StatsFixtures.day;
import static org.wenping.query.stats.StatsFixtures.supervisor;
import static org.wenping.query.stats.ViewBuilder.matter;

/**
 * The cells as the projection keeps them, view change by view change, on the embedded server through the real
 * driver: they must add up to what the matters' final views give, whichever way the lists are read.
 */
class MatterTallyTest {
    private static final Actor PROVINCE = supervisor("620000");
    private final RecordingMongo mongo = new RecordingMongo();
    private final Map<String, MatterStatusView> held = new HashMap<>();

    @AfterEach
    void stop() {
        mongo.close();
    }

    @ParameterizedTest
    @EnumSource(ListingSource.class)
    void cellsKeptChangeByChangeAddUpToTheFinalViews(ListingSource listing) {
        MatterCells cells = new MatterCells(new ReadModels(mongo.database()), listing);
        MatterTally tally = new MatterTally(cells);
        for (MatterStatusView view : VIEWS) {
            save(tally, matter(view.id()).in(view.facts().jurisdiction(), "立项单位").category("DECISION")
                    .registeredOn(view.registration().registeredOn()).build());
            save(tally, matter(view.id()).in(view.facts().jurisdiction(), "立项单位").category("DECISION")
                    .registeredOn(view.registration().registeredOn()).graded("HIGH").decided("IMPLEMENT", day(3, 1))
                    .tracking(MatterStage.TRACKING, 3, 2).build());
            save(tally, view);
            save(tally, view);
        }

        assertThat(stats(cells)).isEqualTo(stats(reader -> StatsFixtures.cells(VIEWS.stream())));
        assertThat(stats(cells).total()).isEqualTo(7);
    }

    @ParameterizedTest
    @EnumSource(ListingSource.class)
    void aMatterMovedToAnotherCountyOrYearLeavesItsOldCell(ListingSource listing) {
        MatterCells cells = new MatterCells(new ReadModels(mongo.database()), listing);
        MatterTally tally = new MatterTally(cells);
        save(tally, matter("m1").in("620902", "肃州区发改局").registeredOn(day(3, 5)).decided("IMPLEMENT", day(3, 6)).build());
        save(tally, matter("m1").in("620982", "敦煌市发改委").registeredOn(day(3, 5).minusYears(1)).build());

        MatterStatistics stats = stats(cells);
        assertThat(stats.byJurisdiction()).extracting(Tally::code, Tally::count).containsExactly(tuple("620982", 1));
        assertThat(stats.byYear()).extracting(Tally::code).containsExactly("2025");
        assertThat(stats.overdueFilings().count()).isZero();
        assertThat(cells.findById(MatterCell.idOf("620902", 2026))).get()
                .satisfies(emptied -> assertThat(emptied.counts()).isEmpty());
    }

    @ParameterizedTest
    @EnumSource(ListingSource.class)
    void aReaderCountsOnlyTheCellsOfItsJurisdiction(ListingSource listing) {
        MatterCells cells = new MatterCells(new ReadModels(mongo.database()), listing);
        MatterTally tally = new MatterTally(cells);
        VIEWS.forEach(view -> save(tally, view));
        mongo.findFilters().clear();

        assertThat(MatterStatisticsSum.over(cells.visibleTo(supervisor("620982")), "620982", StatsFilter.of(null, null),
                TODAY, JurisdictionNames.bundled()).total()).isEqualTo(2);
        if (listing == ListingSource.INDEXED) {
            assertThat(mongo.findFilters()).singleElement().satisfies(filter ->
                    assertThat(filter.get("jurisdiction").asRegularExpression().getPattern()).isEqualTo("^620982"));
        }
    }

    private void save(MatterTally tally, MatterStatusView view) {
        tally.replaced(Optional.ofNullable(held.put(view.id(), view)), view);
    }

    private static MatterStatistics stats(ScopedCells cells) {
        return MatterStatisticsSum.over(cells.visibleTo(PROVINCE), "620000", StatsFilter.of(null, null), TODAY,
                JurisdictionNames.bundled());
    }
}
