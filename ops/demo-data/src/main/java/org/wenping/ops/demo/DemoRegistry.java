package org.wenping.ops.demo;

import org.wenping.command.registry.RegisterAgencyCommand;
import org.wenping.command.registry.RegisterExpertCommand;
import org.wenping.kernel.actor.Actor;
import org.wenping.kernel.jurisdiction.JurisdictionCode;
import org.wenping.kernel.registry.AgencyId;
import org.wenping.kernel.registry.ExpertId;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The 专家库 and the registry of third-party agencies of the demo year, entered by the administrator at the
 * start of the year, and the conflict-free panels (R5) chosen from it.
 */
final class DemoRegistry {
    static final LocalDate REGISTERED_ON = LocalDate.of(2026, 1, 5);

    record DemoAgency(AgencyId id, String name, String creditCode) {
    }

    record DemoExpert(ExpertId id, String name, String specialty, List<String> units, List<AgencyId> agencies) {
        /** R5 as the command side applies it: tied to the responsible unit or to the commissioned agency. */
        boolean conflictsWith(String responsibleUnit, AgencyId agency) {
            return units.contains(responsibleUnit) || (agency != null && agencies.contains(agency));
        }
    }

    static final List<DemoAgency> AGENCIES = List.of(
            new DemoAgency(new AgencyId("demo-agency-01"), "甘肃丝路工程咨询有限公司", "91620900MA71XK3L2R"),
            new DemoAgency(new AgencyId("demo-agency-02"), "兰州正信社会风险评估研究院有限公司", "91620100MA72PQ5N8U"),
            new DemoAgency(new AgencyId("demo-agency-03"), "酒泉市安和社会稳定风险评估中心", "52620900MJ7384572T"),
            new DemoAgency(new AgencyId("demo-agency-04"), "甘肃华瑞工程项目管理有限公司", "91620900MA7448HL1C"));

    static final List<DemoExpert> EXPERTS = List.of(
            expert(1, "周专家", "社会学", List.of("兰州大学")),
            expert(2, "马文华", "社会治理", List.of("河西学院")),
            expert(3, "李建军", "土木工程", List.of("酒泉职业技术学院", "市住建局")),
            expert(4, "王桂兰", "公共管理", List.of("市委党校")),
            expert(5, "张振华", "行政法", List.of("市律师协会")),
            expert(6, "刘秀英", "卫生管理", List.of("市人民医院", "市卫健委")),
            expert(7, "陈志强", "农业经济", List.of("甘肃农业大学")),
            expert(8, "杨德明", "发展规划", List.of("市发改委")),
            new DemoExpert(new ExpertId("demo-expert-09"), "赵海燕", "交通规划", List.of("兰州交通大学"),
                    List.of(new AgencyId("demo-agency-02"))),
            expert(10, "孙永红", "环境工程", List.of("市生态环境局")),
            expert(11, "巴特尔", "民族宗教", List.of("肃北县民宗局")),
            new DemoExpert(new ExpertId("demo-expert-12"), "吴建国", "工程咨询", List.of("甘肃丝路工程咨询有限公司"),
                    List.of(new AgencyId("demo-agency-01"))));

    private DemoRegistry() {
    }

    /** The administrator's entries: every agency, then every expert, all on the first working day of the year. */
    static List<DemoStep> steps(Actor admin) {
        JurisdictionCode city = Place.JIUQUAN.jurisdiction();
        List<DemoStep> steps = new ArrayList<>();
        for (DemoAgency agency : AGENCIES) {
            steps.add(new DemoStep(agency.id().value(), new RegisterAgencyCommand(agency.id(), agency.name(),
                    agency.creditCode(), city, REGISTERED_ON), admin, REGISTERED_ON, 0, "评估机构登记"));
        }
        for (DemoExpert expert : EXPERTS) {
            steps.add(new DemoStep(expert.id().value(), new RegisterExpertCommand(expert.id(), expert.name(),
                    expert.specialty(), expert.units(), expert.agencies(), city, REGISTERED_ON), admin, REGISTERED_ON, 0,
                    "专家入库"));
        }
        return steps;
    }

    /** 周专家 (the demo expert user) and two more, or four more for 特殊程序, none of them conflicted (R5). */
    static List<ExpertId> panel(Random random, String responsibleUnit, AgencyId agency, int size) {
        List<DemoExpert> free = new ArrayList<>(EXPERTS.stream()
                .filter(expert -> !expert.conflictsWith(responsibleUnit, agency)).toList());
        List<ExpertId> panel = new ArrayList<>(List.of(free.remove(0).id()));
        while (panel.size() < size) panel.add(free.remove(random.nextInt(free.size())).id());
        return panel;
    }

    static String nameOf(ExpertId id) {
        return EXPERTS.stream().filter(expert -> expert.id().equals(id)).findFirst().orElseThrow().name();
    }

    private static DemoExpert expert(int number, String name, String specialty, List<String> units) {
        return new DemoExpert(new ExpertId("demo-expert-%02d".formatted(number)), name, specialty, units, List.of());
    }
}
