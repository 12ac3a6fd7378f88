package org.wenping.ops.bench;

import org.wenping.command.grading.GradingSchemePolicy;
import org.wenping.command.legalcase.ListCaseCommand;
import org.wenping.command.personal.PersonalDataSealer;
import org.wenping.kernel.actor.Actor;
import org.wenping.kernel.legalcase.CaseClass;
import org.wenping.kernel.legalcase.CaseId;
import org.wenping.kernel.legalcase.Organ;
import org.wenping.kernel.legalcase.ProceduralStage;
import org.wenping.kernel.legalcase.RulingKind;
import org.wenping.kernel.matter.GradingScheme;
import org.wenping.kernel.matter.RiskLevel;
import org.wenping.kernel.personal.PersonDetails;
import org.wenping.kernel.personal.SealedPersonalData;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;

/**
 * The commands of one generated 政法办案 case of the province, drawn from a seed by its number so that a restart
 * plans the same path: an organ of a city or county of 甘肃省, a year from {@link ScaleMatter#FIRST_YEAR}, and one of
 * the {@link ScaleCaseFate}s, with its grade and ruling drawn too. Its two parties are invented (生成数据) and sealed
 * through the application's key store, each under its own key {@code <caseId>-p<n>}, as {@code POST /api/cases} does.
 */
final class ScaleCase {
    static final String ERASURE_GROUND = "《个人信息保护法》第四十七条第一款:处理目的已实现,当事人申请删除";
    private static final Organ[] ORGANS = Organ.values();
    private static final List<String> CONCERNS = List.of("当事人多次扬言越级上访", "涉及村民四十余户征地补偿",
            "被执行人生活困难,执行可能激化矛盾", "媒体关注,网络舆情较多", "双方积怨较深,存在极端行为苗头");
    private static final List<String> MEASURES = List.of("承办人释法明理,分管领导包案化解", "联合属地乡镇开展矛盾化解",
            "协调社会救助,帮扶生活困难当事人", "邀请人民调解员参与调解");

    private ScaleCase() {
    }

    static CaseId id(long number) {
        return new CaseId("scale-case-" + number);
    }

    static String personKey(CaseId id, int person) {
        return id.value() + "-p" + person;
    }

    /** The case numbered {@code number}; its parties are sealed by {@code sealer} now, so plan it only to write it. */
    static List<ScaleMatter.Step> plan(long number, GansuPlaces places, GradingSchemePolicy schemes,
                                       PersonalDataSealer sealer) {
        Random random = new Random(31_000_000L + number);
        GansuPlaces.Place place = places.places().get(random.nextInt(places.places().size()));
        ScaleOrgan organ = new ScaleOrgan(place, ORGANS[random.nextInt(ORGANS.length)]);
        ScaleCaseFate fate = ScaleCaseFate.draw(organ.organ(), random);
        GradingScheme scheme = schemes.schemeFor(place.code());
        List<RiskLevel> levels = RiskLevel.of(scheme);
        int year = ScaleMatter.FIRST_YEAR + random.nextInt(ScaleMatter.LAST_DATE.getYear() - ScaleMatter.FIRST_YEAR + 1);
        // A case takes up to ~70 days; in the last year it must end before the last business date.
        boolean lastYear = year == ScaleMatter.LAST_DATE.getYear();
        LocalDate listedOn = LocalDate.of(year, 1, 2).plusDays(random.nextInt(lastYear ? 240 : 300));
        CaseClass caseClass = fate.caseClass(random);
        String concern = CONCERNS.get(random.nextInt(CONCERNS.size()));
        CaseId id = id(number);
        Actor handler = organ.handler(random);
        ScaleCaseScript script = new ScaleCaseScript(id, organ, handler, listedOn, random);
        script.list(new ListCaseCommand(id, organ.caseNumber(year, number), organ.organ(), caseClass, handler.userId(),
                organ.caseLead().userId(), organ.organHead().userId(), concern + "的" + caseClass.label() + "案件",
                persons(id, organ, random, sealer), organ.entryStage(), place.code(), scheme,
                listedOn.minusDays(1 + random.nextInt(10)), listedOn));
        RiskLevel drawn = levels.get(random.nextInt(levels.size()));
        RiskLevel upper = levels.get(levels.size() / 2 + random.nextInt(levels.size() - levels.size() / 2));
        RulingKind ruling = organ.rulings().get(random.nextInt(organ.rulings().size()));
        switch (fate) {
            case RESOLVED_THEN_RULED -> {
                script.assess(drawn, concern);
                int measures = 1 + random.nextInt(2);
                for (int i = 0; i < measures; i++) script.measure(MEASURES.get(random.nextInt(MEASURES.size())), true);
                script.resolve("当事人息诉罢访,风险已化解");
                script.rule(ruling);
                if (random.nextBoolean()) script.visit();
                script.close();
                if (random.nextInt(10) == 0) script.erase(2, ERASURE_GROUND);
            }
            case STILL_HELD_BACK -> {
                script.assess(drawn, concern);
                script.measure(MEASURES.get(random.nextInt(MEASURES.size())), false);
            }
            case STAGE_REOPENED -> {
                script.assess(upper, concern);
                script.resolve("诉讼风险已告知,当事人表示理解");
                script.rule(RulingKind.JUDGMENT);
                script.stage(ProceduralStage.ENFORCEMENT, "判决生效,转入执行,重新评估执行风险");
                script.assess(drawn, "被执行人生活困难,执行可能激化矛盾");
                script.measure("协调社会救助,分期履行", true);
                script.resolve("达成执行和解");
                script.rule(RulingKind.ORDER);
                script.close();
            }
            case RULED_UNASSESSED -> {
                script.rule(ruling);
                script.close();
            }
            case UTMOST_CAUTION -> {
                int support = 2 + random.nextInt(10);
                script.opinions(support, support + 5 + random.nextInt(30));
                script.assess(upper, concern);
                script.resolve("做好解释疏导,制定稳控预案");
                script.rule(ruling);
                script.visit();
            }
        }
        return script.steps();
    }

    /** Two invented parties (生成数据), each sealed under its own new key. */
    private static List<SealedPersonalData> persons(CaseId id, ScaleOrgan organ, Random random, PersonalDataSealer sealer) {
        List<String> roles = organ.partyRoles();
        return List.of(sealer.seal(personKey(id, 1), party(id, organ, roles.get(0), "甲", random)),
                sealer.seal(personKey(id, 2), party(id, organ, roles.get(1), "乙", random)));
    }

    private static PersonDetails party(CaseId id, ScaleOrgan organ, String role, String suffix, Random random) {
        String idNumber = String.format("%s19%02d%02d%02d%04d", organ.place().code().value(), 50 + random.nextInt(50),
                1 + random.nextInt(12), 1 + random.nextInt(28), random.nextInt(10_000));
        return new PersonDetails("生成当事人" + id.value().substring("scale-case-".length()) + suffix, role, idNumber,
                "0931-" + (1_000_000 + random.nextInt(9_000_000)), "生成数据");
    }
}
