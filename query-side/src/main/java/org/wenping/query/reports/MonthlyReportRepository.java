package org.wenping.query.reports;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import org.bson.Document;
import org.springframework.stereotype.Repository;
import org.wenping.query.batch.BatchedWrites;
import org.wenping.query.batch.ViewDocuments;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The monthly-reports read model, read only by {@code _id} and {@code $in}: {@code report_tallies} by
 * jurisdiction, unit and month, {@code report_matters} by matter, {@code monthly_reports} by report id,
 * {@code report_lists} by list id and {@code report_units} by year. Every update is set-like, so a batch handled again writes the same documents.
 */
@Repository
class MonthlyReportRepository {
    private final MongoCollection<Document> tallies;
    private final MongoCollection<Document> matters;
    private final MongoCollection<Document> reports;
    private final MongoCollection<Document> units;
    private final MongoCollection<Document> lists;

    MonthlyReportRepository(MongoDatabase database) {
        this.tallies = database.getCollection("report_tallies");
        this.matters = database.getCollection("report_matters");
        this.reports = database.getCollection("monthly_reports");
        this.units = database.getCollection("report_units");
        this.lists = database.getCollection("report_lists");
    }

    Optional<MonthTally> tally(String id) {
        return BatchedWrites.find(tallies, id).map(d -> ViewDocuments.read(d, MonthTally.class));
    }

    void save(MonthTally tally) {
        BatchedWrites.replace(tallies, tally.id(), ViewDocuments.toDocument(tally.id(), tally));
    }

    Optional<ReportedMatter> matter(String matterId) {
        return BatchedWrites.find(matters, matterId).map(d -> ViewDocuments.read(d, ReportedMatter.class));
    }

    void save(ReportedMatter matter) {
        BatchedWrites.replace(matters, matter.matterId(), ViewDocuments.toDocument(matter.matterId(), matter));
    }

    void save(StoredReport report) {
        BatchedWrites.replace(reports, report.reportId(), ViewDocuments.toDocument(report.reportId(), report));
    }

    ReportUnits units(int year) {
        return BatchedWrites.find(units, String.valueOf(year)).map(d -> ViewDocuments.read(d, ReportUnits.class))
                .orElseGet(() -> ReportUnits.empty(year));
    }

    void save(ReportUnits known) {
        String id = String.valueOf(known.year());
        BatchedWrites.replace(units, id, ViewDocuments.toDocument(id, known));
    }

    Optional<ListFiling> listFiling(String listId) {
        return BatchedWrites.find(lists, listId).map(d -> ViewDocuments.read(d, ListFiling.class));
    }

    void save(ListFiling filing) {
        BatchedWrites.replace(lists, filing.listId(), ViewDocuments.toDocument(filing.listId(), filing));
    }

    List<ListFiling> listFilings(Collection<String> ids) {
        return all(lists, ids, ListFiling.class);
    }

    List<ReportedMatter> matters(Collection<String> ids) {
        return all(matters, ids, ReportedMatter.class);
    }

    List<StoredReport> reports(Collection<String> ids) {
        List<StoredReport> found = new ArrayList<>();
        reports.find(Filters.in("_id", ids)).forEach(d -> found.add(ViewDocuments.read(d, StoredReport.class)));
        return found;
    }

    List<MonthTally> tallies(Collection<String> ids) {
        List<MonthTally> found = new ArrayList<>();
        tallies.find(Filters.in("_id", ids)).forEach(d -> found.add(ViewDocuments.read(d, MonthTally.class)));
        return found;
    }

    private static <T> List<T> all(MongoCollection<Document> collection, Collection<String> ids, Class<T> type) {
        List<T> found = new ArrayList<>();
        collection.find(Filters.in("_id", ids)).forEach(d -> found.add(ViewDocuments.read(d, type)));
        return found;
    }

    void deleteAll() {
        List.of(tallies, matters, reports, units, lists).forEach(collection -> collection.deleteMany(new Document()));
    }
}
