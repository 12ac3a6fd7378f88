package org.wenping.query.inquiry;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import org.bson.Document;
import org.springframework.stereotype.Repository;
import org.wenping.query.batch.BatchedWrites;
import org.wenping.query.batch.ViewDocuments;
import org.wenping.query.readmodel.ReadModel;
import org.wenping.query.readmodel.ReadModels;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The inquiry read model, read only by {@code _id} equality and {@code _id $in} (the only reads the embedded server
 * serves from an index):
 * <ul>
 *   <li>{@code inquiries}: one {@link InquiryView} per inquiry;</li>
 *   <li>{@code inquiries_by_subject}: per matter or case, its jurisdiction and its inquiries in the order opened;</li>
 *   <li>{@code inquiry_findings_by_person}: per username, the findings naming them in the order recorded.</li>
 * </ul>
 * Both lists are derived from the inquiry each time it is saved and only ever gain entries, so saving again changes
 * nothing. A batch writes the lists before the inquiries: an inquiry found stored has its entries listed, and one
 * cut off by a crash is projected again, since its version was never written.
 */
@Repository
class InquiryRepository {
    static final String INQUIRIES = "inquiries";
    static final String BY_SUBJECT = "inquiries_by_subject";
    static final String BY_PERSON = "inquiry_findings_by_person";

    private final ReadModel model;

    InquiryRepository(ReadModels readModels) {
        this.model = readModels.of(InquiryProjection.GROUP, INQUIRIES, BY_SUBJECT, BY_PERSON);
    }

    Optional<InquiryView> find(String inquiryId) {
        writeInOrder();
        return BatchedWrites.find(inquiries(), inquiryId).map(d -> ViewDocuments.read(d, InquiryView.class));
    }

    void save(InquiryView view) {
        writeInOrder();
        listUnderSubject(view);
        view.findings().forEach(f -> listUnderPerson(f.person(), new FindingRef(view.id(), f.findingId(), view.jurisdiction())));
        BatchedWrites.replace(inquiries(), view.id(), ViewDocuments.toDocument(view.id(), view));
    }

    private void listUnderSubject(InquiryView view) {
        Optional<Document> stored = BatchedWrites.find(bySubject(), view.subjectId());
        List<String> listed = new ArrayList<>(stored.map(d -> d.getList("inquiries", String.class)).orElse(List.of()));
        if (listed.contains(view.id())) return;
        listed.add(view.id());
        BatchedWrites.replace(bySubject(), view.subjectId(), new Document("_id", view.subjectId())
                .append("jurisdiction", view.jurisdiction()).append("inquiries", listed));
    }

    private void listUnderPerson(String person, FindingRef ref) {
        List<FindingRef> listed = new ArrayList<>(findingsNaming(BatchedWrites.find(byPerson(), person)));
        if (listed.contains(ref)) return;
        listed.add(ref);
        Document document = ViewDocuments.toDocument(person, new PersonFindings(listed));
        BatchedWrites.replace(byPerson(), person, document);
    }

    private void writeInOrder() {
        BatchedWrites.writeInOrder(bySubject(), byPerson(), inquiries());
    }

    /** The subject's jurisdiction and its inquiries in the order opened: one {@code _id}, one {@code $in}. */
    Optional<SubjectInquiries> forSubject(String subjectId) {
        Document subject = bySubject().find(Filters.eq("_id", subjectId)).first();
        if (subject == null) return Optional.empty();
        return Optional.of(new SubjectInquiries(subject.getString("jurisdiction"),
                findAll(subject.getList("inquiries", String.class))));
    }

    /** The findings naming {@code person}, in the order recorded: one {@code _id}. */
    List<FindingRef> findingsNaming(String person) {
        return findingsNaming(Optional.ofNullable(byPerson().find(Filters.eq("_id", person)).first()));
    }

    /** The inquiries of {@code ids}, in that order: one {@code $in}. */
    List<InquiryView> findAll(List<String> ids) {
        if (ids.isEmpty()) return List.of();
        Map<String, InquiryView> byId = new HashMap<>();
        inquiries().find(Filters.in("_id", ids)).forEach(d -> byId.put(d.getString("_id"), ViewDocuments.read(d, InquiryView.class)));
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    void deleteAll() {
        model.reset();
    }

    private MongoCollection<Document> inquiries() {
        return model.collection(INQUIRIES);
    }

    private MongoCollection<Document> bySubject() {
        return model.collection(BY_SUBJECT);
    }

    private MongoCollection<Document> byPerson() {
        return model.collection(BY_PERSON);
    }

    private static List<FindingRef> findingsNaming(Optional<Document> stored) {
        return stored.map(d -> ViewDocuments.read(d, PersonFindings.class).findings()).orElse(List.of());
    }

    /** The stored shape of one person's list. */
    private record PersonFindings(List<FindingRef> findings) {
    }

    /** A subject's inquiries and the jurisdiction that scopes them. */
    record SubjectInquiries(String jurisdiction, List<InquiryView> inquiries) {
    }
}
