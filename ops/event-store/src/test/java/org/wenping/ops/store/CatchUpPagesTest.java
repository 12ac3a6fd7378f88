package org.wenping.ops.store;

import com.mongodb.client.model.Filters;
import org.axonframework.eventhandling.DomainEventMessage;
import org.bson.BsonDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.wenping.ops.store.StoreFixture.event;

class CatchUpPagesTest {
    /** Pages of 8 positions over commits of 5 events: most pages start inside a commit. */
    private static final int PAGE = 8;
    private static final int COMMIT = 5;
    private static final int EVENTS = 6 * COMMIT;

    @TempDir
    Path dataDir;
    StoreFixture store;
    CatchUpPages pages;

    @BeforeEach
    void open() {
        store = new StoreFixture(dataDir, "memory");
        for (int commit = 0; commit < EVENTS / COMMIT; commit++) {
            List<DomainEventMessage<?>> events = new ArrayList<>();
            for (int i = 0; i < COMMIT; i++) events.add(event("a", commit * COMMIT + i, "a" + i));
            store.engine.appendEvents(events);
        }
        pages = new CatchUpPages(new CommitReader(new CommitWindows(store.collections().commits())), PAGE);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private List<Long> readAll(CatchUpReader reader) {
        List<Long> read = new ArrayList<>();
        while (reader.tryAdvance(event -> read.add(event.position()))) {
            // all it can
        }
        return read;
    }

    @Test
    void aPageHoldsItsPositionsAlsoWhenItStartsInsideACommitAndIsReadOnce() {
        List<StoredEvent> second = pages.page(1, EVENTS);

        assertThat(second).extracting(StoredEvent::position)
                .containsExactlyElementsOf(LongStream.rangeClosed(9, 16).boxed().toList());
        assertThat(pages.page(1, EVENTS)).isSameAs(second);
    }

    @Test
    void aPageNotYetCompleteBelowTheDurableHeadIsNeverRead() {
        assertThatThrownBy(() -> pages.page(3, EVENTS)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aReaderDeliversEveryPositionAfterItsStartUpToTheLastCompletePage() {
        CatchUpReader reader = CatchUpReader.after(pages, 10, () -> EVENTS);

        assertThat(readAll(reader)).containsExactlyElementsOf(LongStream.rangeClosed(11, 24).boxed().toList());
        assertThat(reader.delivered()).isEqualTo(24);
    }

    @Test
    void theLastReaderToFinishLetsThePagesGo() {
        CatchUpReader first = CatchUpReader.after(pages, 0, () -> EVENTS);
        CatchUpReader second = CatchUpReader.after(pages, 0, () -> EVENTS);
        first.tryAdvance(event -> { });
        List<StoredEvent> page = pages.page(0, EVENTS);

        first.close();
        assertThat(pages.page(0, EVENTS)).isSameAs(page);
        second.close();
        assertThat(pages.page(0, EVENTS)).isNotSameAs(page).isEqualTo(page);
    }

    @Test
    void aReaderStopsAtAHoleAndAPageWithAHoleIsNotKept() {
        var commits = store.collections().commits();
        BsonDocument third = commits.find(Filters.eq("_id", 1 + 2L * COMMIT)).first();
        commits.deleteOne(Filters.eq("_id", 1 + 2L * COMMIT));
        CatchUpReader stillReading = CatchUpReader.after(pages, 0, () -> EVENTS);

        CatchUpReader reader = CatchUpReader.after(pages, 0, () -> EVENTS);

        assertThat(readAll(reader)).containsExactlyElementsOf(LongStream.rangeClosed(1, 2L * COMMIT).boxed().toList());
        assertThat(reader.delivered()).isEqualTo(2L * COMMIT);
        commits.insertOne(third);
        assertThat(readAll(CatchUpReader.after(pages, 0, () -> EVENTS)))
                .containsExactlyElementsOf(LongStream.rangeClosed(1, 24).boxed().toList());
        stillReading.close();
    }
}
