package org.wenping.ops.demo;

import org.wenping.command.inquiry.OpenInquiryCommand;
import org.wenping.command.inquiry.RecordFindingCommand;
import org.wenping.command.matter.CommissionAgencyCommand;
import org.wenping.command.matter.MakeDecisionCommand;
import org.wenping.command.matter.RegisterMatterCommand;
import org.wenping.command.matter.ReviewReportCommand;
import org.wenping.command.registry.RegisterExpertCommand;
import org.wenping.kernel.inquiry.InquiryId;
import org.wenping.kernel.lists.AssessmentListId;
import org.wenping.kernel.matter.MatterId;
import org.wenping.kernel.registry.AgencyId;
import org.wenping.kernel.registry.ExpertId;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The other records a demo command's handler reads besides its own (the lookups it is given): the yearly list a
 * matter is registered and decided against (R11), the agency it commissions (R4), the experts of its panel (R5),
 * the agencies an expert is tied to, the case an inquiry looks into. Asked in the planned order, it remembers what
 * earlier commands said (which list a matter is on, which case an inquiry is about).
 */
final class StreamReads {
    private final Map<MatterId, AssessmentListId> listOfMatter = new HashMap<>();
    private final Map<InquiryId, String> subjectOfInquiry = new HashMap<>();

    List<String> of(DemoStep step) {
        Object command = step.command();
        if (command instanceof RegisterMatterCommand c) {
            AssessmentListId list = c.listId() != null ? c.listId()
                    : AssessmentListId.of(c.jurisdiction(), c.responsibleUnit(), c.registeredOn().getYear());
            listOfMatter.put(c.matterId(), list);
            return c.listId() == null ? List.of() : List.of(c.listId().value());
        }
        if (command instanceof MakeDecisionCommand c) return List.of(listOfMatter.get(c.matterId()).value());
        if (command instanceof CommissionAgencyCommand c) return List.of(c.agencyId().value());
        if (command instanceof ReviewReportCommand c) return c.panel().stream().map(ExpertId::value).toList();
        if (command instanceof RegisterExpertCommand c) return c.affiliatedAgencies().stream().map(AgencyId::value).toList();
        if (command instanceof OpenInquiryCommand c) {
            subjectOfInquiry.put(c.inquiryId(), c.subjectId());
            return List.of(c.subjectId());
        }
        if (command instanceof RecordFindingCommand c) return List.of(subjectOfInquiry.get(c.inquiryId()));
        return List.of();
    }
}
