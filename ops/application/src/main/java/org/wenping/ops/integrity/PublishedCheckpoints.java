package org.wenping.ops.integrity;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Sorts;
import org.bson.BsonDateTime;
import org.bson.BsonDocument;
import org.bson.BsonInt64;
import org.bson.BsonString;
import org.wenping.ops.signing.KeyRing;
import org.wenping.ops.signing.SignedNote;
import org.wenping.ops.transparency.Checkpoint;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * Where signed checkpoints go: the store's {@code event_checkpoints} collection and, outside the store,
 * a directory holding {@code checkpoint} (the latest) and one file per tree size. The directory is what
 * a verifier trusts, since whoever can rewrite the collection can rewrite its checkpoints too; copy it
 * (or let a witness poll {@code GET /checkpoint}) to somewhere the database's users cannot write.
 */
public final class PublishedCheckpoints {
    static final String COLLECTION = "event_checkpoints";
    private static final String LATEST = "checkpoint";

    private final MongoCollection<BsonDocument> stored;
    private final Path directory;

    public PublishedCheckpoints(MongoDatabase database, Path directory) {
        this(database, COLLECTION, directory);
    }

    /** The checkpoints of another log on the engine (the access log's), in a collection and directory of its own. */
    public PublishedCheckpoints(MongoDatabase database, String collection, Path directory) {
        this.stored = database.getCollection(collection, BsonDocument.class);
        this.directory = directory;
    }

    void publish(SignedNote note, long publishedAtMillis) {
        Checkpoint checkpoint = Checkpoint.parse(note.text());
        String text = note.format();
        stored.insertOne(new BsonDocument("_id", new BsonInt64(checkpoint.size()))
                .append("note", new BsonString(text)).append("publishedAt", new BsonDateTime(publishedAtMillis)));
        try {
            Files.createDirectories(directory);
            Files.writeString(directory.resolve(checkpoint.size() + ".checkpoint"), text, StandardCharsets.UTF_8);
            Path temporary = directory.resolve(LATEST + ".tmp");
            Files.writeString(temporary, text, StandardCharsets.UTF_8);
            Files.move(temporary, directory.resolve(LATEST), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("检查点无法写入目录 " + directory, e);
        }
    }

    /** The latest checkpoint stored in the database, signature unchecked. */
    Optional<SignedNote> latestStored() {
        BsonDocument latest = stored.find().sort(Sorts.descending("_id")).first();
        return Optional.ofNullable(latest).map(document -> SignedNote.parse(document.getString("note").getValue()));
    }

    /**
     * The checkpoint a verifier holds the store against: the latest in the directory outside the store,
     * if it is signed by a trusted key; the store's own otherwise.
     */
    public Optional<Checkpoint> trusted(KeyRing keys) {
        return fromDirectory().or(this::latestStored)
                .filter(note -> keys.verifiers().stream().anyMatch(note::signedBy))
                .map(note -> Checkpoint.parse(note.text()));
    }

    private Optional<SignedNote> fromDirectory() {
        Path latest = directory.resolve(LATEST);
        if (!Files.exists(latest)) return Optional.empty();
        try {
            return Optional.of(SignedNote.parse(Files.readString(latest, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path directory() {
        return directory;
    }
}
