package org.wenping.ops.demo;

import org.wenping.command.grading.GradingSchemePolicy;
import org.wenping.kernel.jurisdiction.JurisdictionCode;
import org.wenping.kernel.legalcase.CaseClass;
import org.wenping.kernel.legalcase.CaseId;
import org.wenping.kernel.legalcase.Organ;
import org.wenping.kernel.legalcase.ProceduralStage;
import org.wenping.kernel.legalcase.RulingKind;
import org.wenping.kernel.matter.GradingScheme;
import org.wenping.kernel.matter.RiskLevel;
import org.wenping.kernel.personal.PersonDetails;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The demo year's 政法办案 cases (seed 004 篇4) in 酒泉市: most at 肃州区人民法院 under the demo users handler, caselead
 * and organhead, a few at 金塔县人民检察院 and 敦煌市公安局. Their fates cycle through {@link CaseFate}, so every case
 * read model has something real to show; the first closed case also has one person's data erased.
 */
final class DemoCases {
    static final int COURT_CASES = 22;
    static final String ERASURE_GROUND = "《个人信息保护法》第四十七条第一款:处理目的已实现,当事人申请删除";

    private static final List<CaseFate> FATES = List.of(CaseFate.RESOLVED_THEN_RULED, CaseFate.STILL_HELD_BACK,
            CaseFate.STAGE_REOPENED, CaseFate.RULED_UNASSESSED, CaseFate.UTMOST_CAUTION, CaseFate.RESOLVED_THEN_RULED);
    private static final List<String> CONCERNS = List.of("当事人多次扬言越级上访", "涉及村民四十余户征地补偿",
            "被执行人生活困难,执行可能激化矛盾", "媒体关注,网络舆情较多", "双方积怨较深,存在极端行为苗头");

    private DemoCases() {
    }

    static List<DemoStep> steps(DemoActors.CaseActors actors, GradingSchemePolicy schemes, Random random) {
        List<DemoStep> steps = new ArrayList<>();
        CaseCast court = new CaseCast(actors.handler(), actors.organHead(), actors.caseLead(), actors.organHead());
        for (int i = 0; i < COURT_CASES; i++) {
            steps.addAll(story(i, Organ.COURT, court, ProceduralStage.ACCEPTANCE, schemes, random));
        }
        CaseCast procuratorate = CaseCast.alone(actors.procurator());
        CaseCast police = CaseCast.alone(actors.police());
        for (int i = 0; i < 4; i++) {
            steps.addAll(story(COURT_CASES + i, Organ.PROCURATORATE, procuratorate, ProceduralStage.PROSECUTION_REVIEW,
                    schemes, random));
            steps.addAll(story(COURT_CASES + 4 + i, Organ.PUBLIC_SECURITY, police, ProceduralStage.INVESTIGATION,
                    schemes, random));
        }
        return steps;
    }

    private static List<DemoStep> story(int n, Organ organ, CaseCast cast, ProceduralStage stage,
                                        GradingSchemePolicy schemes, Random random) {
        CaseFate fate = organ == Organ.COURT ? FATES.get(n % FATES.size())
                : n % 2 == 0 ? CaseFate.RESOLVED_THEN_RULED : CaseFate.RULED_UNASSESSED;
        CaseId id = new CaseId(String.format("demo-case-%02d", n + 1));
        JurisdictionCode jurisdiction = cast.handler().jurisdiction();
        GradingScheme scheme = schemes.schemeFor(jurisdiction);
        List<RiskLevel> levels = RiskLevel.of(scheme);
        LocalDate listedOn = LocalDate.of(2026, 1, 6).plusDays(7L * n + random.nextInt(5));
        CaseClass caseClass = switch (fate) {
            case RULED_UNASSESSED -> CaseClass.SEIZURE_AND_FREEZE;
            case UTMOST_CAUTION, STAGE_REOPENED -> CaseClass.PUBLIC_CONCERN;
            default -> n % 5 == 4 ? CaseClass.OFFICER_MISCONDUCT : CaseClass.MAJOR_DIFFICULT_COMPLEX;
        };
        String concern = CONCERNS.get(n % CONCERNS.size());
        CaseScript script = new CaseScript(id, cast, listedOn, random);
        script.list(new DemoListing(id, caseNumber(organ, n), organ, caseClass, cast.names(), concern + "的" + caseClass.label()
                + "案件", persons(n), stage, jurisdiction, scheme, listedOn.minusDays(3), listedOn));
        RiskLevel middle = levels.get(levels.size() / 2);
        switch (fate) {
            case RESOLVED_THEN_RULED -> {
                script.assess(middle, concern);
                script.measure("承办法官释法明理,分管领导包案化解", true);
                script.resolve("当事人息诉罢访,风险已化解");
                script.rule(ruling(organ, false), "依法作出处理");
                script.visit();
                script.close();
                if (n == 0) script.erase(2, ERASURE_GROUND);
            }
            case STILL_HELD_BACK -> {
                script.assess(levels.get(0), concern);
                script.measure("联合属地乡镇开展矛盾化解,稳控重点人员", false);
            }
            case STAGE_REOPENED -> {
                script.assess(levels.get(levels.size() - 1), concern);
                script.resolve("诉讼风险已告知,当事人表示理解");
                script.rule(RulingKind.JUDGMENT, "一审判决");
                script.stage(ProceduralStage.ENFORCEMENT, "判决生效,转入执行,重新评估执行风险");
                script.assess(middle, "被执行人生活困难,执行可能激化矛盾");
                script.measure("协调社会救助,分期履行", true);
                script.resolve("达成执行和解");
                script.rule(RulingKind.ORDER, "执行裁定");
                script.close();
            }
            case RULED_UNASSESSED -> {
                script.rule(ruling(organ, true), "依法作出处理");
                script.close();
            }
            case UTMOST_CAUTION -> {
                script.opinions(6, 31);
                script.assess(middle, concern);
                script.resolve("做好解释疏导,制定稳控预案");
                script.rule(RulingKind.JUDGMENT, "依法判决");
                script.visit();
            }
        }
        return script.steps();
    }

    private static RulingKind ruling(Organ organ, boolean minor) {
        return switch (organ) {
            case COURT -> minor ? RulingKind.ORDER : RulingKind.JUDGMENT;
            case PROCURATORATE -> minor ? RulingKind.NON_PROSECUTION_DECISION : RulingKind.PROSECUTION_DECISION;
            case PUBLIC_SECURITY -> minor ? RulingKind.ADMINISTRATIVE_PENALTY : RulingKind.TRANSFER_FOR_PROSECUTION;
            case JUSTICE_ADMINISTRATION -> RulingKind.ADMINISTRATIVE_PENALTY;
        };
    }

    private static String caseNumber(Organ organ, int n) {
        return switch (organ) {
            case COURT -> String.format("(2026)甘0902民初%d号", 101 + n * 37);
            case PROCURATORATE -> String.format("金检刑诉〔2026〕%d号", 11 + n);
            default -> String.format("敦公(刑)立字〔2026〕%d号", 201 + n);
        };
    }

    /** Two parties per case; invented names and numbers (演示数据), sealed before they reach any command. */
    private static List<PersonDetails> persons(int n) {
        String id = String.format("62090219800101%03d", n);
        return List.of(new PersonDetails("演示当事人" + (n + 1) + "甲", "申请人", id + "1", "0937-0000" + n, "演示数据"),
                new PersonDetails("演示当事人" + (n + 1) + "乙", "被申请人", id + "2", "0937-1000" + n, "演示数据"));
    }
}
