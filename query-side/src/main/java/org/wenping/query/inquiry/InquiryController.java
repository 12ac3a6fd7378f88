package org.wenping.query.inquiry;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.wenping.kernel.actor.Actor;
import org.wenping.kernel.jurisdiction.JurisdictionCode;
import org.wenping.query.web.QueryRefusedException;
import org.wenping.query.web.ReaderScope;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * Reads 责任倒查 inquiries: one by id, those into one matter or case, and the findings naming one person. Readers see
 * only inquiries into records of their jurisdiction; a subject or person with none visible answers an empty list,
 * so the answer never tells whether there are inquiries outside it.
 */
@RestController
class InquiryController {
    private final InquiryRepository repository;

    InquiryController(InquiryRepository repository) {
        this.repository = repository;
    }

    @GetMapping("/api/inquiries/{id}")
    InquiryView inquiry(@PathVariable String id) {
        InquiryView view = repository.findAll(List.of(id)).stream().findFirst()
                .orElseThrow(() -> QueryRefusedException.notFound("INQUIRY_NOT_FOUND", "未找到责任倒查 " + id));
        ReaderScope.requireVisible(new JurisdictionCode(view.jurisdiction()));
        return view;
    }

    @GetMapping("/api/inquiries")
    List<InquiryView> intoSubject(@RequestParam("subject") String subjectId) {
        Predicate<String> inScope = ReaderScope.visibleTo(ReaderScope.reader());
        return repository.forSubject(subjectId).filter(subject -> inScope.test(subject.jurisdiction()))
                .map(InquiryRepository.SubjectInquiries::inquiries).orElse(List.of());
    }

    @GetMapping("/api/people/{userId}/findings")
    List<PersonFinding> naming(@PathVariable String userId) {
        return findingsNaming(ReaderScope.reader(), userId);
    }

    /** Only the visible findings' inquiries are read, with one {@code $in}. */
    List<PersonFinding> findingsNaming(Actor reader, String userId) {
        Predicate<String> inScope = ReaderScope.visibleTo(reader);
        List<FindingRef> visible = repository.findingsNaming(userId).stream()
                .filter(ref -> inScope.test(ref.jurisdiction())).toList();
        Map<String, InquiryView> inquiries = new HashMap<>();
        repository.findAll(visible.stream().map(FindingRef::inquiryId).distinct().toList())
                .forEach(view -> inquiries.put(view.id(), view));
        return visible.stream().map(ref -> found(inquiries.get(ref.inquiryId()), ref.findingId()))
                .filter(Objects::nonNull).toList();
    }

    private static PersonFinding found(InquiryView inquiry, String findingId) {
        if (inquiry == null) return null;
        return inquiry.findings().stream().filter(f -> f.findingId().equals(findingId)).findFirst()
                .map(f -> new PersonFinding(inquiry.id(), inquiry.subjectId(), inquiry.subjectKind(),
                        inquiry.subjectTitle(), inquiry.jurisdiction(), inquiry.conclusion() != null, f))
                .orElse(null);
    }
}
