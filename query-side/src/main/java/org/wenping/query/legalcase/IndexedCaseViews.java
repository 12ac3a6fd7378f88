package org.wenping.query.legalcase;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.wenping.kernel.actor.Actor;
import org.wenping.query.listing.JurisdictionPrefix;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** {@link CaseQueries} answered by {@code case_status} itself through the indexes it declares on start. */
class IndexedCaseViews implements CaseQueries {
    private final MongoCollection<Document> views;
    private final CaseStatusRepository repository;

    IndexedCaseViews(MongoDatabase database, CaseStatusRepository repository) {
        this.views = database.getCollection(CaseStatusRepository.COLLECTION);
        this.repository = repository;
        views.createIndexes(CaseStatusIndexes.DECLARED);
    }

    @Override
    public Stream<CaseStatusView> visibleTo(Actor reader) {
        return read(views.find(JurisdictionPrefix.query(reader.jurisdiction().prefix()))).stream();
    }

    @Override
    public CasePage page(CaseFilter filter, Actor reader, int page, int size) {
        Bson query = filter.asQuery(reader);
        long total = views.countDocuments(query);
        List<CaseStatusView> items = read(views.find(query).sort(filter.order().mongoSort())
                .skip(Math.toIntExact(Math.min((long) page * size, Integer.MAX_VALUE))).limit(size));
        return new CasePage(items, page, size, total);
    }

    private List<CaseStatusView> read(Iterable<Document> documents) {
        List<CaseStatusView> read = new ArrayList<>();
        for (Document document : documents) read.add(repository.toView(document));
        return read;
    }
}
