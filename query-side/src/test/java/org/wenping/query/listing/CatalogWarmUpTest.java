package org.wenping.query.listing;

import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.wenping.query.readmodel.ReadModels;
import org.wenping.query.testing.RecordingMongo;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Warming reads a catalog's collection once, ahead of the first reader; a store without a catalog reads nothing. */
class CatalogWarmUpTest {
    record Row(String id, long version, Instant lastChangedAt) {
    }

    static final class Rows extends StatusViewStore<Row> {
        Rows(ReadModels readModels, boolean keepsCatalog) {
            super(readModels.of("rows-projection", "rows"), "rows", () -> new ViewCatalog<>(Row::id, Row::version),
                    keepsCatalog, Row.class, Row::lastChangedAt);
        }
    }

    private final RecordingMongo mongo = new RecordingMongo();

    @AfterEach
    void stop() {
        mongo.close();
    }

    @Test
    void aWarmedCatalogAnswersItsFirstReaderWithoutAQuery() {
        mongo.database().getCollection("rows").insertOne(new Document("_id", "r1").append("id", "r1").append("version", 3)
                .append("lastChangedAt", "2026-03-01T00:00:00Z"));
        Rows rows = new Rows(new ReadModels(mongo.database()), true);
        mongo.findFilters().clear();

        new CatalogWarmUp(List.of(rows)).warmAll();
        assertThat(mongo.findFilters()).hasSize(1);
        assertThat(rows.all().map(Row::id)).containsExactly("r1");
        assertThat(mongo.findFilters()).hasSize(1);
    }

    @Test
    void storesThatKeepNoCatalogAreLeftAlone() {
        Rows rows = new Rows(new ReadModels(mongo.database()), false);
        mongo.findFilters().clear();
        rows.warm();
        assertThat(mongo.findFilters()).isEmpty();
    }
}
