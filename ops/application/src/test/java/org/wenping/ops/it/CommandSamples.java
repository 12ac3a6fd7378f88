package org.wenping.ops.it;

import org.wenping.kernel.actor.Action;
import org.wenping.kernel.actor.Permissions;
import org.wenping.kernel.actor.Role;

import java.util.Locale;
import java.util.Map;

/**
 * One valid request per command endpoint, by its mapping ({@code POST /api/matters/{id}/closure}), and the action
 * of the permission table the endpoint performs. {@link BadInputCatalogueIT} finds the endpoints in the running
 * application and fails for one without a sample here: a new endpoint joins the catalogue by adding its line.
 */
final class CommandSamples {
    /** A valid body for an endpoint that performs {@code action}. */
    record Sample(Action action, String body) {
        /** The demo user of the first role the permission table grants the action to. */
        String user() {
            return demoUser(Permissions.grants(action).keySet().stream().sorted().findFirst().orElseThrow());
        }
    }

    /** The demo user who holds {@code role} (application-demo.yml). */
    static String demoUser(Role role) {
        return switch (role) {
            case CASE_LEAD -> "caselead";
            case ORGAN_HEAD -> "organhead";
            default -> role.name().toLowerCase(Locale.ROOT);
        };
    }

    static final Map<String, Sample> BY_ENDPOINT = Map.ofEntries(
            Map.entry("POST /api/matters", new Sample(Action.REGISTER_MATTER, MatterHttpIT.AIRPORT)),
            Map.entry("POST /api/matters/{id}/assessment-plan", new Sample(Action.DRAFT_ASSESSMENT_PLAN, """
                    {"scope": "机场周边征地拆迁户", "methods": ["座谈会"], "standards": "国家标准", "dueBy": "2026-12-31",
                     "unitsInvolved": ["市自然资源局"], "draftedOn": "2026-03-01"}""")),
            Map.entry("POST /api/matters/{id}/agency-commission", new Sample(Action.COMMISSION_AGENCY, """
                    {"agencyId": "agency-1", "selectionMethod": "OPEN_TENDER", "commissionedOn": "2026-03-01"}""")),
            Map.entry("POST /api/matters/{id}/opinions", new Sample(Action.COLLECT_OPINIONS, """
                    {"method": "SYMPOSIUM", "participants": 40, "supportCount": 30, "opposeCount": 5,
                     "summary": "多数支持", "collectedOn": "2026-03-01"}""")),
            Map.entry("POST /api/matters/{id}/analyses", new Sample(Action.ANALYSE_DIMENSION, """
                    {"dimension": "LEGALITY", "findings": "合法", "riskFactors": [{"description": "补偿争议",
                     "probability": "HIGH", "severity": "SEVERE", "peopleInvolved": 12, "form": "COLLECTIVE_PETITION"}],
                     "analysedOn": "2026-03-01"}""")),
            Map.entry("POST /api/matters/{id}/grade", new Sample(Action.GRADE_RISK, """
                    {"level": "HIGH", "reasons": ["补偿争议"], "gradedOn": "2026-03-01"}""")),
            Map.entry("POST /api/matters/{id}/report", new Sample(Action.COMPILE_REPORT, """
                    {"title": "评估报告", "documentHash": "%s", "compiledOn": "2026-03-01"}""".formatted("a".repeat(64)))),
            Map.entry("POST /api/matters/{id}/review", new Sample(Action.REVIEW_REPORT, """
                    {"panel": ["expert-1"], "opinions": ["同意"], "conclusion": "PASSED", "reviewedOn": "2026-03-01"}""")),
            Map.entry("POST /api/matters/{id}/decision", new Sample(Action.MAKE_DECISION, """
                    {"decision": "IMPLEMENT", "meetingReference": "常务会议纪要〔2026〕3号", "decidedOn": "2026-03-01"}""")),
            Map.entry("POST /api/matters/{id}/filings", new Sample(Action.RECORD_FILING, """
                    {"receiptNumber": "备-2026-001", "filedOn": "2026-03-01"}""")),
            Map.entry("POST /api/matters/{id}/escalation", new Sample(Action.ESCALATE_PROCEDURE, """
                    {"reason": "风险升高", "effectiveOn": "2026-03-01"}""")),
            Map.entry("POST /api/matters/{id}/closure", new Sample(Action.CLOSE_MATTER, """
                    {"reason": "项目已完工", "effectiveOn": "2026-03-01"}""")),
            Map.entry("POST /api/matters/{id}/corrections", new Sample(Action.CORRECT_RECORD, """
                    {"correctedEventId": "evt-1", "reason": "日期录错", "correctedOn": "2026-03-01"}""")),
            Map.entry("POST /api/matters/{id}/measures", new Sample(Action.ADOPT_MEASURE, """
                    {"description": "公开补偿标准", "responsibleUnit": "市自然资源局", "responsiblePerson": "李四",
                     "dueBy": "2026-12-31", "adoptedOn": "2026-03-01"}""")),
            Map.entry("POST /api/matters/{id}/measures/{measureId}/completion", new Sample(Action.COMPLETE_MEASURE, """
                    {"outcome": "已公开", "completedOn": "2026-03-01"}""")),
            Map.entry("POST /api/matters/{id}/contingency-plans", new Sample(Action.PREPARE_CONTINGENCY_PLAN, """
                    {"title": "应急预案", "summary": "分级响应", "preparedOn": "2026-03-01"}""")),
            Map.entry("POST /api/matters/{id}/tracking-reports", new Sample(Action.SUBMIT_TRACKING_REPORT, """
                    {"summary": "平稳", "risksUnderControl": true, "reportedOn": "2026-03-01"}""")),
            Map.entry("POST /api/matters/{id}/incidents", new Sample(Action.REPORT_INCIDENT, """
                    {"form": "COLLECTIVE_PETITION", "headcount": 12, "occurredOn": "2026-03-01", "place": "市政府",
                     "description": "集体上访"}""")),
            Map.entry("POST /api/matters/{id}/reassessment", new Sample(Action.OPEN_REASSESSMENT, """
                    {"reason": "情况变化", "effectiveOn": "2026-03-01"}""")),
            Map.entry("POST /api/assessment-lists", new Sample(Action.COMPILE_ASSESSMENT_LIST, """
                    {"responsibleUnit": "市发改委", "jurisdiction": "620900", "year": 2026, "items": [{"title": "机场",
                     "category": "PROJECT", "domain": "交通", "decisionAuthority": "市政府", "plannedDecisionMonth": "2026-06"}],
                     "compiledOn": "2026-03-01"}""")),
            Map.entry("POST /api/assessment-lists/{id}/filing", new Sample(Action.FILE_ASSESSMENT_LIST, """
                    {"receiptNumber": "清单备-001", "filedOn": "2026-03-01"}""")),
            Map.entry("POST /api/assessment-lists/{id}/items", new Sample(Action.AMEND_ASSESSMENT_LIST, """
                    {"item": {"title": "新项目", "category": "PROJECT", "domain": "交通", "decisionAuthority": "市政府",
                     "plannedDecisionMonth": "2026-09"}, "reason": "新增", "addedOn": "2026-03-01"}""")),
            Map.entry("POST /api/assessment-lists/{id}/items/{itemNo}/withdrawal", new Sample(Action.AMEND_ASSESSMENT_LIST, """
                    {"reason": "取消", "withdrawnOn": "2026-03-01"}""")),
            Map.entry("POST /api/agencies", new Sample(Action.KEEP_AGENCY_REGISTRY, """
                    {"name": "评估中心", "creditCode": "91620900MA00000001", "jurisdiction": "620900",
                     "registeredOn": "2026-03-01"}""")),
            Map.entry("POST /api/agencies/{id}/deregistration", new Sample(Action.KEEP_AGENCY_REGISTRY, """
                    {"reason": "资质过期", "effectiveOn": "2026-03-01"}""")),
            Map.entry("POST /api/experts", new Sample(Action.KEEP_EXPERT_POOL, """
                    {"name": "张三", "specialty": "社会学", "affiliatedUnits": ["兰州大学"], "jurisdiction": "620900",
                     "registeredOn": "2026-03-01"}""")),
            Map.entry("POST /api/experts/{id}/affiliations", new Sample(Action.KEEP_EXPERT_POOL, """
                    {"affiliatedUnits": ["兰州大学"], "changedOn": "2026-03-01"}""")),
            Map.entry("POST /api/experts/{id}/interests", new Sample(Action.KEEP_EXPERT_POOL, """
                    {"matterId": "m-1", "interest": "亲属", "declaredOn": "2026-03-01"}""")),
            Map.entry("POST /api/experts/{id}/removal", new Sample(Action.KEEP_EXPERT_POOL, """
                    {"reason": "调离", "effectiveOn": "2026-03-01"}""")),
            Map.entry("POST /api/monthly-reports", new Sample(Action.SUBMIT_MONTHLY_REPORT, """
                    {"kind": "STATISTICS_TABLE", "responsibleUnit": "市发改委", "jurisdiction": "620900", "month": "2026-01",
                     "figures": {"MATTERS_REGISTERED": 1, "MATTERS_GRADED": 1, "DECISIONS_MADE": 0, "INCIDENTS_REPORTED": 0},
                     "submittedOn": "2026-02-05"}"""))
    );

    private CommandSamples() {
    }
}
