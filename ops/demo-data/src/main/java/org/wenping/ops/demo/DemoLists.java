package org.wenping.ops.demo;

import org.wenping.command.lists.CompileAssessmentListCommand;
import org.wenping.command.lists.FileAssessmentListCommand;
import org.wenping.command.matter.MakeDecisionCommand;
import org.wenping.command.matter.RegisterMatterCommand;
import org.wenping.kernel.lists.AssessmentListId;
import org.wenping.kernel.lists.PlannedItem;
import org.wenping.kernel.matter.MatterCategory;
import org.wenping.kernel.matter.MatterId;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The yearly lists (清单管理) of the demo's units: every unit lists its year's matters on 2 January, each planned for
 * decision two months after it is registered. Most lists are filed in March; every fourth is filed in April (迟报),
 * the last never (漏报). The largest unit also lists a price adjustment that is never assessed (应评未评), and the
 * last matter to be decided is registered off the list (未备案 once decided).
 */
final class DemoLists {
    static final int YEAR = 2026;
    static final LocalDate COMPILED_ON = LocalDate.of(YEAR, 1, 2);
    static final PlannedItem NEVER_ASSESSED = new PlannedItem("城区集中供热价格调整", MatterCategory.POLICY, "社会保障",
            "市政府常务会议", YearMonth.of(YEAR, 6));
    static final String OFF_LIST_REASON = "年中临时增加的决策事项,未列入年度计划";

    /** One unit's list: its id, where, and its matters in the order they are registered. */
    record UnitList(AssessmentListId id, Place place, String unit, List<MatterProfile> matters) {
        int itemOf(MatterId matter) {
            for (int i = 0; i < matters.size(); i++) if (matters.get(i).id().equals(matter)) return i + 1;
            throw new IllegalArgumentException(matter + " is not on " + id);
        }
    }

    private DemoLists() {
    }

    /** The units' lists, the largest first; the off-list matter is on none. */
    static List<UnitList> plan(List<MatterProfile> matters, MatterId offList) {
        Map<AssessmentListId, List<MatterProfile>> byUnit = new LinkedHashMap<>();
        matters.stream().filter(matter -> !matter.id().equals(offList))
                .sorted(Comparator.comparing(MatterProfile::registeredOn).thenComparing(matter -> matter.id().value()))
                .forEach(matter -> byUnit.computeIfAbsent(
                        AssessmentListId.of(matter.place().jurisdiction(), matter.responsibleUnit(), YEAR),
                        id -> new ArrayList<>()).add(matter));
        return byUnit.entrySet().stream()
                .map(entry -> new UnitList(entry.getKey(), entry.getValue().get(0).place(),
                        entry.getValue().get(0).responsibleUnit(), List.copyOf(entry.getValue())))
                .sorted(Comparator.comparing((UnitList list) -> -list.matters().size()).thenComparing(list -> list.id().value()))
                .toList();
    }

    /** The matter decided last in the year among those registered last: registered off the list. */
    static MatterId offListMatter(List<MatterProfile> matters, List<DemoStep> steps) {
        Set<MatterId> decided = steps.stream().filter(step -> step.command() instanceof MakeDecisionCommand)
                .map(step -> ((MakeDecisionCommand) step.command()).matterId()).collect(Collectors.toSet());
        return matters.stream().filter(matter -> decided.contains(matter.id()))
                .max(Comparator.comparing(MatterProfile::registeredOn).thenComparing(matter -> matter.id().value()))
                .orElseThrow().id();
    }

    /** Each list compiled by the unit and, but the last, filed with the 维稳办. */
    static List<DemoStep> steps(List<UnitList> lists, DemoActors actors) {
        List<DemoStep> steps = new ArrayList<>();
        for (int i = 0; i < lists.size(); i++) {
            UnitList list = lists.get(i);
            List<PlannedItem> items = new ArrayList<>(list.matters().stream().map(DemoLists::item).toList());
            if (i == 0) items.add(NEVER_ASSESSED);
            steps.add(new DemoStep(list.id().value(), new CompileAssessmentListCommand(list.id(), list.unit(),
                    list.place().jurisdiction(), YEAR, items, COMPILED_ON), actors.assessor(), COMPILED_ON, 0,
                    "编制年度评估清单"));
            if (i == lists.size() - 1) continue;
            LocalDate filedOn = i % 4 == 1 ? LocalDate.of(YEAR, 4, 3 + i % 20) : LocalDate.of(YEAR, 3, 5 + i % 20);
            steps.add(new DemoStep(list.id().value(), new FileAssessmentListCommand(list.id(), 0L,
                    "维稳备〔2026〕%d号".formatted(i + 1), filedOn), actors.supervisor(), filedOn, 1, "清单报备登记"));
        }
        return steps;
    }

    /** The registration of a listed matter names its item; that of the off-list matter says why it is not listed. */
    static DemoStep onTheList(DemoStep step, List<UnitList> lists, MatterId offList) {
        if (!(step.command() instanceof RegisterMatterCommand c)) return step;
        AssessmentListId listId = null;
        Integer itemNo = null;
        for (UnitList list : lists) {
            if (list.matters().stream().anyMatch(matter -> matter.id().equals(c.matterId()))) {
                listId = list.id();
                itemNo = list.itemOf(c.matterId());
            }
        }
        String reason = c.matterId().equals(offList) ? OFF_LIST_REASON : null;
        return new DemoStep(step.aggregateId(), new RegisterMatterCommand(c.matterId(), c.title(), c.category(),
                c.domain(), c.responsibleUnit(), c.decisionAuthority(), c.jurisdiction(), c.procedure(), c.assessorMode(),
                c.gradingScheme(), c.registeredOn(), listId, itemNo, reason), step.actor(), step.businessDate(),
                step.versionAfter(), step.label());
    }

    private static PlannedItem item(MatterProfile matter) {
        YearMonth planned = YearMonth.from(matter.registeredOn()).plusMonths(2);
        if (planned.getYear() > YEAR) planned = YearMonth.of(YEAR, 12);
        return new PlannedItem(matter.title(), matter.category(), matter.domain(), matter.decisionAuthority(), planned);
    }
}
