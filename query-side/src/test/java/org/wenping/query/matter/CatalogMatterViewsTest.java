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

import static org.assertj.core.api.Assertions.assertThat;

class CatalogMatterViewsTest {
    MongoServer server;
    MongoClient client;
    MatterViews views;

    @BeforeEach
    void start() {
        server = new MongoServer(new MemoryBackend());
        client = MongoClients.create("mongodb://" + server.bindAndGetConnectionString().replace("mongodb://", ""));
        MatterStatusRepository repository = new MatterStatusRepository(new ReadModels(client.getDatabase("test")), ListingSource.CATALOG);
        for (String[] matter : new String[][] {{"a", "620902"}, {"b", "620982"}, {"c", "620900"}, {"d", "621002"}}) {
            repository.save(view(matter[0], matter[1]));
        }
        views = new CatalogMatterViews(repository);
    }

    @AfterEach
    void stop() {
        client.close();
        server.shutdownNow();
    }

    static Actor reader(String jurisdiction) {
        return new Actor("r", "读者", Role.SUPERVISOR, "维稳办", new JurisdictionCode(jurisdiction));
    }

    static MatterStatusView view(String id, String jurisdiction) {
        Instant at = Instant.parse("2026-03-01T00:00:00Z");
        return MatterStatusView.registered(new MatterRegisteredEvent(new MatterId(id), id, MatterCategory.POLICY, "教育",
                "单位", "机关", new JurisdictionCode(jurisdiction), Procedure.STANDARD, AssessorMode.SELF,
                GradingScheme.THREE_LEVEL, LocalDate.of(2026, 3, 1)), null, at);
    }

    @Test
    void showsEachReaderTheMattersInsideItsJurisdictionOnly() {
        assertThat(views.visibleTo(reader("620902")).map(MatterStatusView::id)).containsExactly("a");
        assertThat(views.visibleTo(reader("620900")).map(MatterStatusView::id)).containsExactlyInAnyOrder("a", "b", "c");
        assertThat(views.visibleTo(reader("620000")).map(MatterStatusView::id)).containsExactlyInAnyOrder("a", "b", "c", "d");
        assertThat(views.visibleTo(reader("110000"))).isEmpty();
    }
}
