package org.wenping.query.reports;

import com.mongodb.client.MongoCollection;
import org.bson.Document;
import org.springframework.stereotype.Repository;
import org.wenping.query.batch.BatchedWrites;
import org.wenping.query.batch.ViewDocuments;
import org.wenping.query.readmodel.ReadModel;
import org.wenping.query.readmodel.ReadModels;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The monthly-reports read model, read only by {@code _id} and {@code $in}: {@code report_tallies} by
 * jurisdiction, unit and month, {@code report_matters} by matter, {@code monthly_reports} by report id,
 * {@code report_lists} by list id, {@code report_units} by year and {@code report_decided} by year and jurisdiction
 * ({@link DecidedMatters}). Every update is set-like, so a batch handled again writes the same documents.
 */
@Repository
class MonthlyReportRepository {
    static final String TALLIES = "report_tallies";
    static final String MATTERS = "report_matters";
    static final String REPORTS = "monthly_reports";
    static final String UNITS = "report_units";
    static final String LISTS = "report_lists";
    static final String DECIDED = "report_decided";

    private final ReadModel model;

    MonthlyReportRepository(ReadModels readModels) {
        this.model = readModels.of(MonthlyReportsProjection.GROUP, TALLIES, MATTERS, REPORTS, UNITS, LISTS, DECIDED);
    }

    Optional<MonthTally> tally(String id) {
        return BatchedWrites.find(tallies(), id).map(d -> ViewDocuments.read(d, MonthTally.class));
    }

    void save(MonthTally tally) {
        BatchedWrites.replace(tallies(), tally.id(), ViewDocuments.toDocument(tally.id(), tally));
    }

    Optional<ReportedMatter> matter(String matterId) {
        return BatchedWrites.find(matters(), matterId).map(d -> ViewDocuments.read(d, ReportedMatter.class));
    }

    void save(ReportedMatter matter) {
        BatchedWrites.replace(matters(), matter.matterId(), ViewDocuments.toDocument(matter.matterId(), matter));
    }

    void save(StoredReport report) {
        BatchedWrites.replace(reports(), report.reportId(), ViewDocuments.toDocument(report.reportId(), report));
    }

    ReportUnits units(int year) {
        return BatchedWrites.find(units(), String.valueOf(year)).map(d -> ViewDocuments.read(d, ReportUnits.class))
                .orElseGet(() -> ReportUnits.empty(year));
    }

    void save(ReportUnits known) {
        String id = String.valueOf(known.year());
        BatchedWrites.replace(units(), id, ViewDocuments.toDocument(id, known));
    }

    DecidedMatters decided(int year, String jurisdiction) {
        return BatchedWrites.find(decided(), DecidedMatters.idOf(year, jurisdiction))
                .map(d -> ViewDocuments.read(d, DecidedMatters.class)).orElseGet(() -> DecidedMatters.none(year, jurisdiction));
    }

    void save(DecidedMatters group) {
        BatchedWrites.replace(decided(), group.id(), ViewDocuments.toDocument(group.id(), group));
    }

    /** The groups among {@code ids}, in no particular order: one {@code $in}. */
    List<DecidedMatters> decided(Collection<String> ids) {
        return ViewDocuments.readAll(decided(), ids, DecidedMatters.class);
    }

    Optional<ListFiling> listFiling(String listId) {
        return BatchedWrites.find(lists(), listId).map(d -> ViewDocuments.read(d, ListFiling.class));
    }

    void save(ListFiling filing) {
        BatchedWrites.replace(lists(), filing.listId(), ViewDocuments.toDocument(filing.listId(), filing));
    }

    List<ListFiling> listFilings(Collection<String> ids) {
        return ViewDocuments.readAll(lists(), ids, ListFiling.class);
    }

    List<ReportedMatter> matters(Collection<String> ids) {
        return ViewDocuments.readAll(matters(), ids, ReportedMatter.class);
    }

    List<StoredReport> reports(Collection<String> ids) {
        return ViewDocuments.readAll(reports(), ids, StoredReport.class);
    }

    List<MonthTally> tallies(Collection<String> ids) {
        return ViewDocuments.readAll(tallies(), ids, MonthTally.class);
    }

    void deleteAll() {
        model.reset();
    }

    private MongoCollection<Document> tallies() {
        return model.collection(TALLIES);
    }

    private MongoCollection<Document> matters() {
        return model.collection(MATTERS);
    }

    private MongoCollection<Document> reports() {
        return model.collection(REPORTS);
    }

    private MongoCollection<Document> decided() {
        return model.collection(DECIDED);
    }

    private MongoCollection<Document> units() {
        return model.collection(UNITS);
    }

    private MongoCollection<Document> lists() {
        return model.collection(LISTS);
    }
}
