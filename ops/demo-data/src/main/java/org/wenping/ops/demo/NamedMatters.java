package org.wenping.ops.demo;

import org.wenping.kernel.matter.AssessorMode;
import org.wenping.kernel.matter.MatterCategory;
import org.wenping.kernel.matter.MatterId;
import org.wenping.kernel.matter.Procedure;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.wenping.kernel.matter.AssessorMode.SELF;
import static org.wenping.kernel.matter.AssessorMode.THIRD_PARTY;
import static org.wenping.kernel.matter.MatterCategory.ACTIVITY;
import static org.wenping.kernel.matter.MatterCategory.POLICY;
import static org.wenping.kernel.matter.MatterCategory.PROJECT;
import static org.wenping.kernel.matter.Procedure.SIMPLIFIED;
import static org.wenping.kernel.matter.Procedure.SPECIAL;
import static org.wenping.kernel.matter.Procedure.STANDARD;

/**
 * The matters the demo year names rather than generates: the six seed 003 reports as assessed in 酒泉,
 * then the one 暂缓实施 and the one 不予实施 of that year (seed 003: "作出暂缓实施1项、不予实施1项").
 */
final class NamedMatters {
    private NamedMatters() {
    }

    static List<MatterProfile> all() {
        return List.of(
                named(1, "肃州区泉湖乡肃北路建设征地搬迁项目", PROJECT, "征地拆迁", Place.SUZHOU.unit("人民政府"),
                        Place.SUZHOU.decisionBody(false), Place.SUZHOU, STANDARD, THIRD_PARTY, "2026-02-09",
                        Fate.INCIDENT_REDECIDED, Set.of(Twist.INCIDENT_DURING_ASSESSMENT)),
                named(2, "敦煌机场扩建", PROJECT, "交通", Place.JIUQUAN.unit("发改委"), Place.JIUQUAN.decisionBody(false),
                        Place.DUNHUANG, SPECIAL, THIRD_PARTY, "2026-01-12", Fate.IMPLEMENTED, Set.of()),
                named(3, "肃北县第五届那达慕民族文化风情旅游节", ACTIVITY, "民族宗教", Place.SUBEI.unit("人民政府"),
                        Place.SUBEI.decisionBody(true), Place.SUBEI, STANDARD, SELF, "2026-04-20", Fate.CLOSED, Set.of()),
                named(4, "甘肃省肃北县孔雀梁公安检查站营房建设项目", PROJECT, "城市建设", Place.SUBEI.unit("公安局"),
                        Place.SUBEI.decisionBody(false), Place.SUBEI, SIMPLIFIED, SELF, "2026-03-16", Fate.CLOSED,
                        Set.of()),
                named(5, "敦煌至格尔木铁路阿克塞段建设项目", PROJECT, "交通", Place.AKESAI.unit("人民政府"),
                        Place.AKESAI.decisionBody(false), Place.AKESAI, SPECIAL, THIRD_PARTY, "2026-01-19",
                        Fate.IMPLEMENTED, Set.of(Twist.LOWERED_BY_MEASURES)),
                named(6, "华电阿克塞当金山一期49.5兆瓦高原风电场建设项目", PROJECT, "能源", Place.AKESAI.unit("发改委"),
                        Place.AKESAI.decisionBody(false), Place.AKESAI, STANDARD, THIRD_PARTY, "2026-03-02",
                        Fate.IMPLEMENTED, Set.of()),
                named(7, "玉门市城区供热价格调整", POLICY, "城市建设", Place.YUMEN.unit("发改委"),
                        Place.YUMEN.decisionBody(false), Place.YUMEN, STANDARD, THIRD_PARTY, "2026-06-22",
                        Fate.POSTPONED, Set.of()),
                named(8, "肃州区生活垃圾焚烧发电项目选址", PROJECT, "环境保护", Place.SUZHOU.unit("住建局"),
                        Place.SUZHOU.decisionBody(false), Place.SUZHOU, SPECIAL, THIRD_PARTY, "2026-04-07",
                        Fate.REJECTED, Set.of()));
    }

    static MatterId id(int number) {
        return new MatterId("demo-2026-%03d".formatted(number));
    }

    private static MatterProfile named(int number, String title, MatterCategory category, String domain, String unit,
                                       String authority, Place place, Procedure procedure, AssessorMode mode,
                                       String registeredOn, Fate fate, Set<Twist> twists) {
        return new MatterProfile(id(number), title, category, domain, unit, authority, place, procedure, mode,
                LocalDate.parse(registeredOn), fate, twists);
    }
}
