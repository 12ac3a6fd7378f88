package org.wenping.ops.store;

import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.InsertManyOptions;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.bson.BsonDocument;
import org.wenping.ops.signing.NoteSigner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.LockSupport;

/**
 * The one writer of this process. Commits queue up while a group is being written; each group is laid
 * out at the head of the global order, inserted in one ordered {@code insertMany}, made durable once
 * and only then acknowledged. A position another process took first is a collision: the appender finds
 * the new head and lays the rest out again. A stream key that is already taken is a lost optimistic
 * concurrency race and fails that commit alone.
 */
final class CommitAppender implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(CommitAppender.class);
    private static final int MAX_GROUP = 256;
    private static final int DUPLICATE_KEY = 11000;

    private final EventStoreCollections collections;
    private final CommitWindows windows;
    private final DurableHeadMarker marker;
    private final DurableHeadPublisher publisher;
    private final StoreDurability durability;
    private final Clock clock;
    private final NoteSigner signer;
    private final AppendObserver observer;
    private final BlockingQueue<PendingCommit> queue = new LinkedBlockingQueue<>();
    private final Thread writer;
    private final LongAdder positionCollisions = new LongAdder();
    private volatile boolean running = true;
    private StoreHead head;

    CommitAppender(EventStoreCollections collections, StoreDurability durability, Clock clock, NoteSigner signer,
                   AppendObserver observer) {
        this.collections = collections;
        this.observer = observer;
        this.signer = signer;
        this.windows = new CommitWindows(collections.commits());
        this.marker = new DurableHeadMarker(collections.meta());
        this.durability = durability;
        this.clock = clock;
        this.head = recoverHead();
        this.publisher = new DurableHeadPublisher(marker, head);
        this.writer = new Thread(this::run, "wenping-commit-appender");
        writer.setDaemon(true);
        writer.start();
    }

    /** Whatever is visible at start-up is made durable and published, so a crash before the marker moved loses nothing. */
    private StoreHead recoverHead() {
        StoreHead recovered = HeadProbe.from(marker.read(), windows);
        durability.makeDurable();
        marker.advanceTo(recovered);
        return recovered;
    }

    PendingCommit submit(PendingCommit commit) {
        if (!running) {
            throw new EventStoreException("the event store is shutting down");
        }
        queue.add(commit);
        return commit;
    }

    /** False once the appender was closed or its writer thread died: no commit would be acknowledged. */
    boolean accepting() {
        return running && writer.isAlive();
    }

    long positionCollisions() {
        return positionCollisions.sum();
    }

    private void run() {
        while (running || !queue.isEmpty()) {
            List<PendingCommit> group = nextGroup();
            if (group.isEmpty()) continue;
            try {
                writeGroup(group);
            } catch (RuntimeException | Error e) {
                log.error("writing a group of {} commits failed", group.size(), e);
                head = null;
                group.forEach(commit -> commit.stored.completeExceptionally(new EventStoreException("写入事件存储失败", e)));
            }
        }
    }

    private List<PendingCommit> nextGroup() {
        List<PendingCommit> group = new ArrayList<>();
        try {
            PendingCommit first = queue.poll(100, TimeUnit.MILLISECONDS);
            if (first == null) return group;
            group.add(first);
            queue.drainTo(group, MAX_GROUP - 1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
        return group;
    }

    private void writeGroup(List<PendingCommit> group) {
        List<CommitDocument> written = new ArrayList<>();
        List<PendingCommit> remaining = new ArrayList<>(group);
        int collisions = 0;
        try {
            while (!remaining.isEmpty()) {
                if (head == null) head = HeadProbe.from(marker.read(), windows);
                List<CommitDocument> laidOut = layOut(remaining, head);
                int insertedCount = insert(laidOut);
                written.addAll(laidOut.subList(0, insertedCount));
                if (insertedCount > 0) head = laidOut.get(insertedCount - 1).headAfter();
                remaining = new ArrayList<>(remaining.subList(insertedCount, remaining.size()));
                if (remaining.isEmpty()) break;
                CommitDocument clash = laidOut.get(insertedCount);
                if (streamKeyTaken(clash)) {
                    remaining.remove(0).stored.completeExceptionally(conflict(clash));
                } else {
                    positionCollisions.increment();
                    head = HeadProbe.from(head, windows);
                    backOff(++collisions);
                }
            }
        } finally {
            acknowledge(written);
        }
    }

    /** Inserts in order and answers how many went in before a duplicate key stopped the batch. */
    private int insert(List<CommitDocument> laidOut) {
        List<BsonDocument> documents = laidOut.stream().map(CommitDocument::document).toList();
        try {
            collections.commits().insertMany(documents, new InsertManyOptions().ordered(true));
            return documents.size();
        } catch (MongoBulkWriteException e) {
            BulkWriteError error = e.getWriteErrors().get(0);
            if (error.getCode() != DUPLICATE_KEY) throw e;
            return error.getIndex();
        }
    }

    private void acknowledge(List<CommitDocument> written) {
        if (written.isEmpty()) return;
        long start = System.nanoTime();
        try {
            durability.makeDurable();
            observer.groupWritten(written.size(), Duration.ofNanos(System.nanoTime() - start));
        } catch (RuntimeException e) {
            // What was inserted may be lost (a closed file keeps nothing since its last commit): lay the next
            // commits out from the store's head as it then is, never after commits that may not be there.
            head = null;
            written.forEach(d -> d.commit().stored.completeExceptionally(new EventStoreException("无法确认事件已持久化", e)));
            return;
        }
        publisher.published(written.get(written.size() - 1).headAfter());
        written.forEach(d -> d.commit().stored.complete(d.headAfter()));
    }

    long durablePosition() {
        return publisher.durablePosition();
    }

    private List<CommitDocument> layOut(List<PendingCommit> commits, StoreHead from) {
        List<CommitDocument> laidOut = new ArrayList<>(commits.size());
        StoreHead at = from;
        for (PendingCommit commit : commits) {
            CommitDocument document = CommitDocument.at(at, commit, clock, signer);
            laidOut.add(document);
            at = document.headAfter();
        }
        return laidOut;
    }

    private boolean streamKeyTaken(CommitDocument clash) {
        String key = clash.streamKey();
        return !key.startsWith("~")
                && collections.commits().find(Filters.eq(CommitFields.STREAM_KEY, key)).first() != null;
    }

    private static RuntimeException conflict(CommitDocument clash) {
        PreparedEvent first = clash.commit().first();
        String message = "事项 " + first.aggregateId() + " 已被并发修改(序号 " + first.sequence() + " 已存在)";
        return first.sequence() == 0 ? new AggregateStreamCreationException(message) : new ConcurrencyException(message);
    }

    /** A short random pause after a lost position race, growing with repeated losses, so two appenders take turns. */
    private static void backOff(int collisions) {
        long maxMicros = 50L << Math.min(collisions, 6);
        LockSupport.parkNanos(TimeUnit.MICROSECONDS.toNanos(ThreadLocalRandom.current().nextLong(maxMicros)));
    }

    @Override
    public void close() {
        running = false;
        try {
            writer.join(TimeUnit.SECONDS.toMillis(10));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        publisher.close();
    }
}
