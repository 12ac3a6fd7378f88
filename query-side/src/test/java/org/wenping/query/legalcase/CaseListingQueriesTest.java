package org.wenping.query.legalcase;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.model.IndexModel;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.bson.BsonDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.wenping.kernel.actor.Actor;
import org.wenping.kernel.actor.Role;
import org.wenping.kernel.jurisdiction.JurisdictionCode;
import org.wenping.kernel.legalcase.CaseClass;
import org.wenping.kernel.legalcase.CaseId;
import org.wenping.kernel.legalcase.CaseListedEvent;
import org.wenping.kernel.legalcase.Organ;
import org.wenping.kernel.legalcase.ProceduralStage;
import org.wenping.kernel.matter.GradingScheme;
import org.wenping.query.listing.SortField;
import org.wenping.query.matter.ListingSource;
import org.wenping.query.readmodel.ReadModels;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the case list asks of MongoDB, seen through the driver: the indexed listing sends one filtered, sorted, paged
 * find whose sort and leading filter an index declared on {@code case_status} serves, inside the reader's prefix; the
 * catalog reads the collection once and then asks nothing more.
 */
class CaseListingQueriesTest {
    static final Actor CITY_READER = new Actor("inspector", "孙督查", Role.INSPECTOR, "市纪委监委", new JurisdictionCode("620900"));
    static final List<List<String>> INDEX_KEYS = CaseStatusIndexes.DECLARED.stream().map(IndexModel::getKeys)
            .map(keys -> keys.toBsonDocument()).map(BsonDocument::keySet).map(List::copyOf).toList();

    MongoServer server;
    MongoClient client;
    CaseStatusRepository repository;
    final List<BsonDocument> finds = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() {
        server = new MongoServer(new MemoryBackend());
        CommandListener listener = new CommandListener() {
            @Override
            public void commandStarted(CommandStartedEvent event) {
                if (event.getCommandName().equals("find")) finds.add(event.getCommand().clone());
            }
        };
        client = MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(server.bindAndGetConnectionString()))
                .addCommandListener(listener).build());
        repository = new CaseStatusRepository(new ReadModels(client.getDatabase("test")), ListingSource.CATALOG);
        saveListed("c-1", Organ.COURT, CaseClass.MAJOR_DIFFICULT_COMPLEX);
        saveListed("c-2", Organ.PROCURATORATE, CaseClass.PUBLIC_CONCERN);
    }

    @AfterEach
    void stop() {
        client.close();
        server.shutdownNow();
    }

    @Test
    void everyListOrderAndSelectiveFilterLeadsADeclaredIndex() {
        for (SortField<CaseStatusView> sort : CaseSort.FIELDS) {
            assertThat(INDEX_KEYS).as(sort.parameter()).contains(List.of(sort.storedField(), "_id"));
        }
        for (String field : CaseStatusIndexes.SELECTIVE) {
            assertThat(INDEX_KEYS).as(field).contains(List.of(field, "listedOn", "_id"));
        }
        assertThat(INDEX_KEYS).anyMatch(keys -> keys.get(0).equals("jurisdiction"));
    }

    @Test
    void theIndexedListingSendsOneSortedPagedFindInsideTheReadersPrefix() {
        IndexedCaseViews indexed = new IndexedCaseViews(repository);
        finds.clear();
        CasePage page = indexed.page(filter(Organ.COURT, "-listedOn"), CITY_READER, 0, 10);

        assertThat(page.total()).isEqualTo(1);
        assertThat(page.items()).extracting(CaseStatusView::id).containsExactly("c-1");
        assertThat(finds).singleElement().satisfies(find -> {
            assertThat(find.getDocument("sort").keySet()).containsExactly("listedOn", "_id");
            assertThat(find.getDocument("filter").toJson()).contains("\"organ\": \"COURT\"").contains("^6209");
            assertThat(find.getInt32("limit").getValue()).isEqualTo(10);
        });
    }

    @Test
    void theCatalogReadsTheCollectionOnceAndThenAsksNothing() {
        CatalogCaseViews catalog = new CatalogCaseViews(repository);
        finds.clear();
        assertThat(catalog.page(filter(null, null), CITY_READER, 0, 10).total()).isEqualTo(2);
        assertThat(catalog.page(filter(Organ.PROCURATORATE, "caseNumber"), CITY_READER, 0, 10).items())
                .extracting(CaseStatusView::id).containsExactly("c-2");
        assertThat(finds).hasSize(1);
    }

    @Test
    void eachFilterSelectsTheSameCasesFromTheCatalogAsFromTheIndexes() {
        // c-1 is 重大疑难复杂 and not yet assessed: its ruling is held back (R8).
        saveListed("c-3", Organ.COURT, CaseClass.PUBLIC_CONCERN);
        CatalogCaseViews catalog = new CatalogCaseViews(repository);
        IndexedCaseViews indexed = new IndexedCaseViews(repository);
        Map<String, CaseFilter> filters = Map.ofEntries(
                Map.entry("none", filter(null, null)),
                Map.entry("organ", filter(Organ.COURT, null)),
                Map.entry("class", new CaseFilter(null, CaseClass.PUBLIC_CONCERN, null, null, null, null, null, null, null, null, null, null, null)),
                Map.entry("stage", new CaseFilter(null, null, CaseStage.CLOSED, null, null, null, null, null, null, null, null, null, null)),
                Map.entry("procedural stage", new CaseFilter(null, null, null, ProceduralStage.ACCEPTANCE, null, null, null, null, null, null, null, null, null)),
                Map.entry("unit", new CaseFilter(null, null, null, null, null, "单位", null, null, null, null, null, null, null)),
                Map.entry("jurisdiction", new CaseFilter(null, null, null, null, null, null, "620982", null, null, null, null, null, null)),
                Map.entry("year", new CaseFilter(null, null, null, null, null, null, null, 2025, null, null, null, null, null)),
                Map.entry("held back", new CaseFilter(null, null, null, null, null, null, null, null, true, null, null, null, null)),
                Map.entry("not held back", new CaseFilter(null, null, null, null, null, null, null, null, false, null, null, null, null)),
                Map.entry("resolved", new CaseFilter(null, null, null, null, null, null, null, null, null, true, null, null, null)),
                Map.entry("closed", new CaseFilter(null, null, null, null, null, null, null, null, null, null, true, null, null)),
                Map.entry("not closed", new CaseFilter(null, null, null, null, null, null, null, null, null, null, false, null, null)),
                Map.entry("number", new CaseFilter(null, null, null, null, null, null, null, null, null, null, null, "c-2", null)));
        Map<String, Integer> expected = Map.ofEntries(Map.entry("none", 3), Map.entry("organ", 2), Map.entry("class", 2),
                Map.entry("stage", 0), Map.entry("procedural stage", 3), Map.entry("unit", 3), Map.entry("jurisdiction", 0),
                Map.entry("year", 0), Map.entry("held back", 1), Map.entry("not held back", 2), Map.entry("resolved", 0),
                Map.entry("closed", 0), Map.entry("not closed", 3), Map.entry("number", 1));
        filters.forEach((name, filter) -> {
            List<String> fromCatalog = catalog.page(filter, CITY_READER, 0, 10).items().stream().map(CaseStatusView::id).toList();
            List<String> fromIndexes = indexed.page(filter, CITY_READER, 0, 10).items().stream().map(CaseStatusView::id).toList();
            assertThat(fromCatalog).as(name).hasSize(expected.get(name)).containsExactlyElementsOf(fromIndexes);
        });
    }

    void saveListed(String id, Organ organ, CaseClass caseClass) {
        LocalDate day = LocalDate.of(2026, 3, 2).plusDays(id.hashCode() % 5);
        repository.save(CaseStatusView.listed(new CaseListedEvent(new CaseId(id), "案号 " + id, organ, "单位", caseClass,
                "handler", "caselead", "organhead", "案情", List.of(), ProceduralStage.ACCEPTANCE,
                new JurisdictionCode("620902"), GradingScheme.THREE_LEVEL, day, day), null,
                Instant.parse("2026-03-02T02:00:00Z")));
    }

    static CaseFilter filter(Organ organ, String sort) {
        return new CaseFilter(organ, null, null, null, null, null, null, null, null, null, null, null, sort);
    }
}
