package org.wenping.ops.demo;

import org.wenping.command.inquiry.ConcludeInquiryCommand;
import org.wenping.command.inquiry.ImposeSanctionCommand;
import org.wenping.command.inquiry.OpenInquiryCommand;
import org.wenping.command.inquiry.RecordFindingCommand;
import org.wenping.kernel.actor.Actor;
import org.wenping.kernel.inquiry.Breach;
import org.wenping.kernel.inquiry.InquiryId;
import org.wenping.kernel.inquiry.InquiryReason;
import org.wenping.kernel.inquiry.SanctionKind;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A handful of 追责 inquiries by the demo inspector into demo cases, each finding citing real events of its case:
 * the steps are taken from the case's own planned commands (every case command stores one event, so a step's
 * version is its event's position in the case's history), and the person named is the one who recorded them.
 */
final class DemoInquiries {
    private DemoInquiries() {
    }

    /** The inquiries: what each looks into, why, the step its finding cites, the breach, and whether it is concluded. */
    private static final List<Plan> PLANS = List.of(
            new Plan("demo-inquiry-01", "demo-case-02", InquiryReason.COMPLAINT, "当事人信访反映化解措施迟迟未落实",
                    "化解措施", Breach.MITIGATION_NOT_CARRIED_OUT, "化解措施逾期未落实,风险至今未化解",
                    SanctionKind.CRITICISM_AND_EDUCATION, true),
            new Plan("demo-inquiry-02", "demo-case-05", InquiryReason.AUDIT_FINDING, "督查发现多数群众不理解不支持的裁决",
                    "裁决", Breach.FORMALISM, "听取意见流于形式,多数群众不理解不支持仍作出裁决,未扎实细致做好工作",
                    SanctionKind.ADMONITORY_TALK, true),
            new Plan("demo-inquiry-03", "demo-case-11", InquiryReason.AUDIT_FINDING, "年度办案风险评估专项督查",
                    "裁决", Breach.FORMALISM, "裁决前听取意见不充分", SanctionKind.CRITICISM_AND_EDUCATION, false),
            new Plan("demo-inquiry-04", "demo-case-09", InquiryReason.COMPLAINT, "群众反映执行阶段风险评估走过场",
                    "评估可控性", Breach.FORMALISM, "执行阶段重新评估可控性内容与审判阶段雷同",
                    SanctionKind.CRITICISM_AND_EDUCATION, false));

    /** The inquiries, each dated after the last step of the case it looks into. */
    static List<DemoStep> steps(List<DemoStep> caseSteps, Actor inspector) {
        List<DemoStep> steps = new ArrayList<>();
        PLANS.forEach(plan -> inquiry(steps, caseSteps, inspector, plan));
        return steps;
    }

    private record Plan(String inquiryId, String caseId, InquiryReason reason, String reasonText, String citedLabel,
                        Breach breach, String statement, SanctionKind sanction, boolean concluded) {
    }

    private static void inquiry(List<DemoStep> steps, List<DemoStep> caseSteps, Actor inspector, Plan plan) {
        List<DemoStep> ofCase = caseSteps.stream().filter(step -> step.aggregateId().equals(plan.caseId())).toList();
        Optional<DemoStep> cited = ofCase.stream().filter(step -> step.label().equals(plan.citedLabel())).reduce((a, b) -> b);
        if (ofCase.isEmpty() || cited.isEmpty()) {
            throw new IllegalStateException("演示追责:案件 " + plan.caseId() + " 没有“" + plan.citedLabel() + "”一步");
        }
        DemoStep step = cited.get();
        LocalDate day = ofCase.get(ofCase.size() - 1).businessDate().plusDays(5);
        InquiryId id = new InquiryId(plan.inquiryId());
        DemoStep opened = new DemoStep(id.value(), new OpenInquiryCommand(id, plan.caseId(),
                step.actor().jurisdiction(), plan.reason(), plan.reasonText(), day), inspector, day, 0, "立案追责");
        steps.add(opened);
        steps.add(new DemoStep(id.value(), new RecordFindingCommand(id, 0L, "f1", step.actor().userId(), plan.breach(),
                List.of(step.versionAfter()), plan.statement(), day.plusDays(7)), inspector, day.plusDays(7), 1, "认定"));
        if (!plan.concluded()) return;
        steps.add(new DemoStep(id.value(), new ImposeSanctionCommand(id, 1L, "f1", plan.sanction(), plan.sanction().label(),
                day.plusDays(10)), inspector, day.plusDays(10), 2, "问责"));
        steps.add(new DemoStep(id.value(), new ConcludeInquiryCommand(id, 2L, "查明事实,依规问责,督促整改",
                day.plusDays(12)), inspector, day.plusDays(12), 3, "结论"));
    }
}
