package org.wenping.query.matter;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.wenping.kernel.actor.Actor;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * {@link MatterQueries} answered by {@code matter_status} itself, through the indexes it declares on
 * start. Every query node sees the writes of every other, so this is the listing for a real MongoDB.
 */
class IndexedMatterViews implements MatterQueries {
    private final MongoCollection<Document> views;
    private final MatterStatusRepository repository;

    IndexedMatterViews(MongoDatabase database, MatterStatusRepository repository) {
        this.views = database.getCollection(MatterStatusRepository.COLLECTION);
        this.repository = repository;
        views.createIndexes(MatterStatusIndexes.DECLARED);
    }

    @Override
    public Stream<MatterStatusView> visibleTo(Actor reader) {
        return read(views.find(MatterFilter.inJurisdiction(reader.jurisdiction().prefix()))).stream();
    }

    @Override
    public MatterPage page(MatterFilter filter, Actor reader, LocalDate today, int page, int size) {
        Bson query = filter.asQuery(reader, today);
        long total = views.countDocuments(query);
        List<MatterStatusView> items = read(views.find(query).sort(filter.order().mongoSort())
                .skip(Math.toIntExact(Math.min((long) page * size, Integer.MAX_VALUE))).limit(size));
        return new MatterPage(items, page, size, total);
    }

    private List<MatterStatusView> read(Iterable<Document> documents) {
        List<MatterStatusView> read = new ArrayList<>();
        for (Document document : documents) read.add(repository.toView(document));
        return read;
    }
}
