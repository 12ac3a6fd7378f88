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

    /** A 重大疑难复杂 case of 肃州区人民法院 with one person (its data sealed before the command). */
    static final String CASE = """
            {"caseNumber": "(2026)甘0902民初17号", "organ": "COURT", "caseClass": "MAJOR_DIFFICULT_COMPLEX",
             "handler": "陈承办", "caseLead": "刘分管", "organHead": "马院长", "summary": "土地承包经营权纠纷",
             "stage": "ACCEPTANCE", "jurisdiction": "620902", "acceptedOn": "2026-01-05", "listedOn": "2026-01-06",
             "persons": [{"name": "赵某某", "partyRole": "原告", "idNumber": "62090219800101001X",
               "contact": "肃州区某村", "circumstance": "曾到市上访"}]}""";

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
            Map.entry("POST /api/cases", new Sample(Action.LIST_CASE, CASE)),
            Map.entry("POST /api/cases/{id}/assessment", new Sample(Action.ASSESS_CASE, """
                    {"dimension": "CONTROLLABILITY", "findings": "部分村民对补偿有异议", "predictedForms": ["PETITION"],
                     "assessedOn": "2026-03-01"}""")),
            Map.entry("POST /api/cases/{id}/opinions", new Sample(Action.ASSESS_CASE, """
                    {"method": "SYMPOSIUM", "supportCount": 21, "opposeCount": 9, "summary": "多数理解",
                     "collectedOn": "2026-03-01"}""")),
            Map.entry("POST /api/cases/{id}/grade", new Sample(Action.ASSESS_CASE, """
                    {"level": "MEDIUM", "reasons": ["涉及人数较多"], "gradedOn": "2026-03-01"}""")),
            Map.entry("POST /api/cases/{id}/report", new Sample(Action.ASSESS_CASE, """
                    {"caseName": "土地承包经营权纠纷案", "personKeyIds": ["c-1-p1"], "summary": "边界争议",
                     "handlingStatus": "诉前调解", "problems": "有上访史", "preventionPlan": "院领导包案",
                     "compiledOn": "2026-03-01"}""")),
            Map.entry("POST /api/cases/{id}/measures", new Sample(Action.ASSESS_CASE, """
                    {"description": "诉前调解", "responsibleUnit": "肃州区司法局", "responsiblePerson": "孙调解",
                     "dueBy": "2026-12-31", "adoptedOn": "2026-03-01"}""")),
            Map.entry("POST /api/cases/{id}/measures/{measureId}/completion", new Sample(Action.ASSESS_CASE, """
                    {"summary": "达成调解意向", "effectiveOn": "2026-03-01"}""")),
            Map.entry("POST /api/cases/{id}/resolution", new Sample(Action.ASSESS_CASE, """
                    {"summary": "矛盾已化解", "effectiveOn": "2026-03-01"}""")),
            Map.entry("POST /api/cases/{id}/visits", new Sample(Action.ASSESS_CASE, """
                    {"visitor": "陈承办", "summary": "判后回访", "visitedOn": "2026-03-01"}""")),
            Map.entry("POST /api/cases/{id}/stage", new Sample(Action.CHANGE_CASE_STAGE, """
                    {"stage": "TRIAL", "reason": "进入审判", "changedOn": "2026-03-01"}""")),
            Map.entry("POST /api/cases/{id}/ruling", new Sample(Action.RULE_ON_CASE, """
                    {"kind": "JUDGMENT", "summary": "确认承包经营权归属", "ruledOn": "2026-03-01"}""")),
            Map.entry("POST /api/cases/{id}/closure", new Sample(Action.CLOSE_CASE, """
                    {"summary": "案结事了", "effectiveOn": "2026-03-01"}""")),
            Map.entry("POST /api/cases/{id}/persons/{keyId}/erasure", new Sample(Action.ERASE_PERSONAL_DATA, """
                    {"legalGround": "个人信息保护法第四十七条", "effectiveOn": "2026-03-01"}""")),
            Map.entry("POST /api/inquiries", new Sample(Action.CONDUCT_INQUIRY, """
                    {"subjectId": "m-1", "reason": "INCIDENT", "reasonText": "群众集体上访", "openedOn": "2026-03-01"}""")),
            Map.entry("POST /api/inquiries/{id}/findings", new Sample(Action.CONDUCT_INQUIRY, """
                    {"person": "decider", "breach": "ASSESSMENT_IGNORED", "evidence": [1], "statement": "评而不用",
                     "foundOn": "2026-03-01"}""")),
            Map.entry("POST /api/inquiries/{id}/sanctions", new Sample(Action.CONDUCT_INQUIRY, """
                    {"findingId": "f-1", "kind": "ADMONITORY_TALK", "text": "诫勉谈话", "imposedOn": "2026-03-01"}""")),
            Map.entry("POST /api/inquiries/{id}/conclusion", new Sample(Action.CONDUCT_INQUIRY, """
                    {"conclusion": "决策机关负主要责任", "concludedOn": "2026-03-01"}""")),
            Map.entry("POST /api/monthly-reports", new Sample(Action.SUBMIT_MONTHLY_REPORT, """
                    {"kind": "STATISTICS_TABLE", "responsibleUnit": "市发改委", "jurisdiction": "620900", "month": "2026-01",
                     "figures": {"MATTERS_REGISTERED": 1, "MATTERS_GRADED": 1, "DECISIONS_MADE": 0, "INCIDENTS_REPORTED": 0},
                     "submittedOn": "2026-02-05"}"""))
    );

    private CommandSamples() {
    }
}
