package org.wenping.query.matter;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.wenping.kernel.actor.Actor;
import org.wenping.kernel.actor.Role;
import org.wenping.kernel.jurisdiction.JurisdictionCode;
import org.wenping.kernel.matter.*;
import org.wenping.query.readmodel.ReadModels;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The indexed listing answers exactly as the catalog does: the same matters, in the same order, on the same
 * pages, for every filter, sort and reader — run on one collection of varied views.
 */
class IndexedListingTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    static final String[] STAGES = {"REGISTERED", "GRADED", "DECIDED", "TRACKING", "CLOSED"};
    static final String[] LEVELS = {null, "HIGH", "MEDIUM", "LOW"};
    static final String[] DECISIONS = {null, "IMPLEMENT", "POSTPONE", "REJECT"};
    static final String[] CATEGORIES = {"POLICY", "PROJECT", "REFORM"};
    static final String[] DOMAINS = {"交通", "教育", "城市建设"};
    static final String[] UNITS = {"市发改委", "市教育局", "肃州区发改局"};
    static final String[] JURISDICTIONS = {"620900", "620902", "620982", "621002", "620000"};
    static final String[] TITLES = {"敦煌机场扩建项目", "学校布局调整(试点)", "老旧小区改造 a.b", "供暖价格调整*方案", "景区门票[调整]"};

    MongoServer server;
    MongoClient client;
    CatalogMatterViews catalog;
    IndexedMatterViews indexed;

    @BeforeEach
    void start() {
        server = new MongoServer(new MemoryBackend());
        client = MongoClients.create("mongodb://" + server.bindAndGetConnectionString().replace("mongodb://", ""));
        var database = client.getDatabase("test");
        MatterStatusRepository repository = new MatterStatusRepository(new ReadModels(database), ListingSource.CATALOG);
        Random random = new Random(7);
        for (int i = 0; i < 400; i++) repository.save(randomView(i, random));
        catalog = new CatalogMatterViews(repository);
        indexed = new IndexedMatterViews(repository);
    }

    @AfterEach
    void stop() {
        client.close();
        server.shutdownNow();
    }

    @Test
    void everyFilterSortAndPageMatchesTheCatalog() {
        List<MatterFilter> filters = filters();
        for (Actor reader : List.of(reader("620900"), reader("620000"), reader("620902"), reader("110000"))) {
            for (MatterFilter filter : filters) {
                for (int page = 0; page < 3; page++) {
                    MatterPage expected = catalog.page(filter, reader, TODAY, page, 25);
                    MatterPage actual = indexed.page(filter, reader, TODAY, page, 25);
                    String what = filter + " for " + reader.jurisdiction().value() + ", page " + page;
                    assertThat(actual.total()).as(what).isEqualTo(expected.total());
                    assertThat(actual.items()).as(what).isEqualTo(expected.items());
                }
            }
        }
    }

    @Test
    void theFiltersSelectSomethingSoTheComparisonMeansSomething() {
        Actor city = reader("620900");
        assertThat(catalog.page(filter("DECIDED", null, null, null, null, "-lastChangedAt"), city, TODAY, 0, 200).total())
                .isGreaterThan(10);
        assertThat(catalog.page(filter(null, null, true, null, null, null), city, TODAY, 0, 200).total()).isGreaterThan(5);
        assertThat(catalog.page(filter(null, null, null, "(试点)", null, null), city, TODAY, 0, 200).total()).isGreaterThan(5);
    }

    @Test
    void everyAccountabilityFlagIsRaisedOnSomeMattersAndNotOnOthers() {
        Actor province = reader("620000");
        long all = catalog.page(filter(null, null, null, null, null, null), province, TODAY, 0, 1).total();
        for (AccountabilityFlag flag : AccountabilityFlag.values()) {
            MatterFilter flagged = new MatterFilter(null, null, null, null, null, null, null, null, null, flag, null, null);
            assertThat(catalog.page(flagged, province, TODAY, 0, 1).total()).as(flag.name()).isBetween(3L, all - 3);
        }
    }

    @Test
    void statisticsSeeTheSameMattersInsideEachJurisdiction() {
        for (String jurisdiction : List.of("620900", "620000", "620982", "110000")) {
            assertThat(indexed.visibleTo(reader(jurisdiction)).toList())
                    .containsExactlyInAnyOrderElementsOf(catalog.visibleTo(reader(jurisdiction)).toList());
        }
    }

    private static List<MatterFilter> filters() {
        List<MatterFilter> filters = new ArrayList<>();
        for (String sort : new String[] {null, "registeredOn", "-lastChangedAt", "lastChangedAt", "title", "-title"}) {
            filters.add(filter(null, null, null, null, null, sort));
            for (String stage : STAGES) filters.add(filter(stage, null, null, null, null, sort));
            for (String jurisdiction : new String[] {"62", "6209", "620982", "6210", "11", ""}) {
                filters.add(new MatterFilter(null, null, null, null, null, null, jurisdiction, null, null, null, null, sort));
            }
            for (Boolean overdue : new Boolean[] {true, false}) filters.add(filter(null, null, overdue, null, null, sort));
            for (String q : new String[] {"(试点)", "a.b", "*", "[调整]", "调整", "  机场 ", ".*"}) {
                filters.add(filter(null, null, null, q, null, sort));
            }
            for (Integer year : new Integer[] {2025, 2026, 2024}) filters.add(filter(null, null, null, null, year, sort));
            for (AccountabilityFlag flag : AccountabilityFlag.values()) {
                filters.add(new MatterFilter(null, null, null, null, null, null, null, null, null, flag, null, sort));
            }
        }
        Random random = new Random(11);
        for (int i = 0; i < 150; i++) {
            filters.add(new MatterFilter(coded(MatterStage.class, pick(random, STAGES)),
                    coded(RiskLevel.class, pick(random, LEVELS)), coded(Decision.class, pick(random, DECISIONS)),
                    coded(MatterCategory.class, pick(random, CATEGORIES)), pick(random, DOMAINS), pick(random, UNITS),
                    random.nextBoolean() ? null : "6209", random.nextBoolean() ? null : 2026,
                    random.nextInt(3) == 0 ? Boolean.valueOf(random.nextBoolean()) : null,
                    random.nextInt(3) == 0 ? AccountabilityFlag.values()[random.nextInt(AccountabilityFlag.values().length)] : null,
                    random.nextInt(4) == 0 ? "调整" : null, random.nextBoolean() ? "title" : "-registeredOn"));
        }
        return filters;
    }

    private static MatterFilter filter(String stage, String decision, Boolean overdue, String q, Integer year, String sort) {
        return new MatterFilter(coded(MatterStage.class, stage), null, coded(Decision.class, decision), null, null, null,
                null, year, overdue, null, q, sort);
    }

    /** The filter value named {@code name}, as the request parameter would bind it. */
    private static <E extends Enum<E>> E coded(Class<E> type, String name) {
        return name == null ? null : Enum.valueOf(type, name);
    }

    /** A value from {@code options}, or no filter at all half of the time. */
    private static String pick(Random random, String[] options) {
        return random.nextBoolean() ? null : options[random.nextInt(options.length)];
    }

    static Actor reader(String jurisdiction) {
        return new Actor("r", "读者", Role.SUPERVISOR, "维稳办", new JurisdictionCode(jurisdiction));
    }

    /**
     * A view with few distinct values per field (so filters match and sorts tie) and lastChangedAt of 0, 3 or 9
     * fraction digits, taken by its transitions as far as a random stage.
     */
    private static MatterStatusView randomView(int i, Random random) {
        LocalDate registeredOn = LocalDate.of(2025, 6, 1).plusDays(random.nextInt(540));
        Instant changed = registeredOn.atStartOfDay().toInstant(java.time.ZoneOffset.UTC)
                .plusSeconds(random.nextInt(5) * 3600L).plusNanos(new long[] {0, 500_000_000, 123_456_789}[random.nextInt(3)]);
        MatterId id = new MatterId(String.format("m-%03d", i));
        MatterStatusView view = MatterStatusView.registered(new MatterRegisteredEvent(id, TITLES[random.nextInt(TITLES.length)],
                MatterCategory.valueOf(CATEGORIES[random.nextInt(CATEGORIES.length)]), DOMAINS[random.nextInt(DOMAINS.length)],
                UNITS[random.nextInt(UNITS.length)], "市政府常务会议", new JurisdictionCode(JURISDICTIONS[random.nextInt(JURISDICTIONS.length)]),
                Procedure.STANDARD, AssessorMode.SELF, GradingScheme.THREE_LEVEL, registeredOn), null, changed);
        MatterStage stage = MatterStage.valueOf(STAGES[random.nextInt(STAGES.length)]);
        if (stage != MatterStage.REGISTERED) view = view.graded(RiskLevel.valueOf(LEVELS[1 + random.nextInt(LEVELS.length - 1)]));
        if (stage.compareTo(MatterStage.DECIDED) >= 0) {
            LocalDate decidedOn = registeredOn.plusDays(random.nextInt(30));
            view = view.decided(new DecisionMadeEvent(id, Decision.valueOf(DECISIONS[1 + random.nextInt(DECISIONS.length - 1)]),
                    RiskLevel.LOW, "常务会议", null, random.nextInt(4) == 0, decidedOn, decidedOn.plusDays(1)));
            int filedAfter = random.nextInt(3);
            if (random.nextInt(3) != 0) view = view.decisionFiled(decidedOn.plusDays(filedAfter), filedAfter > 1);
            if (random.nextInt(4) == 0) view = view.incidentOn(decidedOn.plusDays(random.nextInt(60) - 30));
        }
        if (stage.compareTo(MatterStage.TRACKING) >= 0) {
            // Due dates around TODAY: some measures are overdue, some not yet; half of them carried out.
            String measureId = "measure-" + i;
            view = view.measureAdopted(measureId, random.nextBoolean() ? null : TODAY.plusDays(random.nextInt(60) - 30));
            if (random.nextBoolean()) view = view.measureCompleted(measureId);
        }
        if (stage == MatterStage.CLOSED) view = view.closed(registeredOn.plusDays(90));
        return view.stamped(i, changed);
    }
}
