package org.wenping.query.lists;

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
 * The lists read model, read only by {@code _id} equality and {@code $in} (all the embedded server indexes):
 * {@code assessment_lists} by list id, {@code assessment_list_matters} by matter id,
 * {@code assessment_list_years} by year ({@link YearIndex}) and {@code assessment_list_unlisted} by group
 * ({@link UnlistedMatters}). Every change is a set-like, idempotent update, so
 * a batch handled again after a crash writes the same documents.
 */
@Repository
class AssessmentListRepository {
    static final String LISTS = "assessment_lists";
    static final String MATTERS = "assessment_list_matters";
    static final String YEARS = "assessment_list_years";
    static final String UNLISTED = "assessment_list_unlisted";

    private final ReadModel model;

    AssessmentListRepository(ReadModels readModels) {
        this.model = readModels.of(AssessmentListsProjection.GROUP, LISTS, MATTERS, YEARS, UNLISTED);
    }

    Optional<StoredList> list(String listId) {
        return BatchedWrites.find(lists(), listId).map(d -> ViewDocuments.read(d, StoredList.class));
    }

    void save(StoredList list) {
        BatchedWrites.replace(lists(), list.listId(), ViewDocuments.toDocument(list.listId(), list));
    }

    Optional<StoredMatter> matter(String matterId) {
        return BatchedWrites.find(matters(), matterId).map(d -> ViewDocuments.read(d, StoredMatter.class));
    }

    void save(StoredMatter matter) {
        BatchedWrites.replace(matters(), matter.matterId(), ViewDocuments.toDocument(matter.matterId(), matter));
    }

    YearIndex year(int year) {
        return BatchedWrites.find(years(), String.valueOf(year)).map(d -> ViewDocuments.read(d, YearIndex.class))
                .orElseGet(() -> YearIndex.empty(year));
    }

    void save(YearIndex index) {
        String id = String.valueOf(index.year());
        BatchedWrites.replace(years(), id, ViewDocuments.toDocument(id, index));
    }

    UnlistedMatters unlisted(int year, String jurisdiction, String listId) {
        return BatchedWrites.find(unlistedGroups(), UnlistedMatters.idOf(year, jurisdiction, listId))
                .map(d -> ViewDocuments.read(d, UnlistedMatters.class))
                .orElseGet(() -> UnlistedMatters.none(year, jurisdiction, listId));
    }

    void save(UnlistedMatters group) {
        BatchedWrites.replace(unlistedGroups(), group.id(), ViewDocuments.toDocument(group.id(), group));
    }

    /** The groups among {@code ids}, in no particular order: one {@code $in}. */
    List<UnlistedMatters> unlisted(Collection<String> ids) {
        return ViewDocuments.readAll(unlistedGroups(), ids, UnlistedMatters.class);
    }

    /** The stored lists among {@code listIds}, in no particular order: one {@code $in}. */
    List<StoredList> lists(Collection<String> listIds) {
        return ViewDocuments.readAll(lists(), listIds, StoredList.class);
    }

    /** The stored matters among {@code matterIds}, in no particular order: one {@code $in}. */
    List<StoredMatter> matters(Collection<String> matterIds) {
        return ViewDocuments.readAll(matters(), matterIds, StoredMatter.class);
    }

    void deleteAll() {
        model.reset();
    }

    private MongoCollection<Document> lists() {
        return model.collection(LISTS);
    }

    private MongoCollection<Document> matters() {
        return model.collection(MATTERS);
    }

    private MongoCollection<Document> years() {
        return model.collection(YEARS);
    }

    private MongoCollection<Document> unlistedGroups() {
        return model.collection(UNLISTED);
    }
}
