package org.wenping.ops.replay;

import org.bson.Document;
import org.wenping.query.readmodel.ReadModels;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** What the rebuild tests compare: read models as sorted documents, once every projection has caught up. */
public final class ReadModelSnapshots {
    private ReadModelSnapshots() {
    }

    public static void awaitCaughtUp(ProjectionRebuilds projections) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(10);
        while (System.nanoTime() < deadline) {
            List<ProcessorProgress> progress = projections.progress();
            if (progress.stream().allMatch(p -> p.caughtUp() && p.position() >= p.head() && !p.replaying())) return;
            Thread.sleep(200);
        }
        throw new AssertionError("projections did not catch up: " + projections.progress());
    }

    /** Each collection's documents in {@code _id} order, by collection name, as readers read them now. */
    public static Map<String, List<Document>> snapshot(ReadModels slots, List<String> readModels) {
        Map<String, List<Document>> snapshot = new LinkedHashMap<>();
        for (String readModel : readModels) {
            List<Document> documents = new ArrayList<>();
            slots.live(readModel).find().forEach(documents::add);
            documents.sort((a, b) -> String.valueOf(a.get("_id")).compareTo(String.valueOf(b.get("_id"))));
            snapshot.put(readModel, documents);
        }
        return snapshot;
    }
}
