package org.wenping.ops.verify;

import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import org.bson.BsonDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wenping.ops.signing.KeyRing;
import org.wenping.ops.store.EventStoreCollections;
import org.wenping.ops.store.StoreFixture;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.LockSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wenping.ops.store.StoreFixture.event;

/**
 * What the verifier sends: up to the durable head only {@code _id $in} lookups of at most a page of keys (served
 * by the unique index on the embedded server and on MongoDB, no cursor left open), one range query beyond the head
 * in a full verification, and in the background check only the keys of positions it has not read yet.
 */
class StoreVerifierQueriesTest {
    @TempDir
    Path dataDir;

    private final Queue<BsonDocument> finds = new ConcurrentLinkedQueue<>();

    @Test
    void positionsUpToTheHeadAreLookedUpByKeyAPageAtATimeAndOnlyTheNewOnesAgain() {
        try (StoreFixture store = StoreFixture.signed(dataDir, TamperedStore.KEY, recorder())) {
            append(store, 0, 2500);
            StoreVerifier verifier = new StoreVerifier(store.collections(), KeyRing.of(TamperedStore.KEY.verifier()));

            finds.clear();
            VerifyReport report = verifier.verify(null, position -> { });
            assertThat(report.ok()).as("%s", report.breaches()).isTrue();
            assertThat(report.checked()).isEqualTo(2500);
            List<BsonDocument> sent = new ArrayList<>(finds);
            assertThat(sent).hasSize(4);
            assertThat(sent.subList(0, 3)).allSatisfy(filter -> assertThat(keysAskedFor(filter)).isBetween(1, StoreVerifier.PAGE));
            assertThat(sent.get(3).getDocument("_id").getNumber("$gt").longValue()).isEqualTo(2500);

            ChainVerifier background = new ChainVerifier(KeyRing.of(TamperedStore.KEY.verifier()), null);
            verifier.readAfter(background, position -> { });
            append(store, 2500, 2510);
            finds.clear();
            verifier.readAfter(background, position -> { });
            assertThat(finds).singleElement().satisfies(filter -> assertThat(keysAskedFor(filter)).isEqualTo(10));
            assertThat(background.report(verifier.durableHead()).ok()).isTrue();
        }
    }

    private static int keysAskedFor(BsonDocument filter) {
        assertThat(filter.keySet()).containsExactly("_id");
        return filter.getDocument("_id").getArray("$in").size();
    }

    private static void append(StoreFixture store, int from, int to) {
        for (int i = from; i < to; i++) store.engine.appendEvents(List.of(event("m-" + i % 50, i / 50, "第" + i + "步")));
        while (store.collections().durableHead() < to) LockSupport.parkNanos(5_000_000L);
    }

    private CommandListener recorder() {
        return new CommandListener() {
            @Override
            public void commandStarted(CommandStartedEvent event) {
                BsonDocument command = event.getCommand();
                if (event.getCommandName().equals("find")
                        && command.getString("find").getValue().equals(EventStoreCollections.COMMITS)) {
                    finds.add(BsonDocument.parse(command.getDocument("filter", new BsonDocument()).toJson()));
                }
            }
        };
    }
}
