package org.wenping.ops.bench;

import org.wenping.command.registry.RegisterExpertCommand;
import org.wenping.kernel.actor.Actor;
import org.wenping.kernel.actor.Role;
import org.wenping.kernel.jurisdiction.JurisdictionCode;
import org.wenping.kernel.registry.ExpertId;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** The province's 专家库 the generated matters are reviewed from: eight experts of 甘肃省, none tied to a matter's unit. */
final class ScaleRegistry {
    static final JurisdictionCode PROVINCE = new JurisdictionCode("620000");
    private static final List<String> UNIVERSITIES = List.of("兰州大学", "西北师范大学", "兰州交通大学", "甘肃农业大学",
            "兰州理工大学", "西北民族大学", "甘肃政法大学", "兰州财经大学");

    private final List<ExpertId> experts = new ArrayList<>();

    ScaleRegistry() {
        for (int i = 0; i < UNIVERSITIES.size(); i++) experts.add(new ExpertId("scale-expert-" + i));
    }

    /** The administrator's entries into the pool, in the first year of the generated records. */
    List<ScaleMatter.Step> steps() {
        Actor admin = new Actor("admin-6200", "省维稳办管理员", Role.ADMIN, "甘肃省委维稳办", PROVINCE);
        List<ScaleMatter.Step> steps = new ArrayList<>();
        for (int i = 0; i < experts.size(); i++) {
            steps.add(new ScaleMatter.Step(new RegisterExpertCommand(experts.get(i), "专家" + (i + 1), "社会治理",
                    List.of(UNIVERSITIES.get(i)), List.of(), PROVINCE, LocalDate.of(ScaleMatter.FIRST_YEAR, 1, 2)), admin));
        }
        return steps;
    }

    ExpertId first() {
        return experts.get(0);
    }

    /** Three distinct experts. */
    List<ExpertId> panel(Random random) {
        List<ExpertId> free = new ArrayList<>(experts);
        List<ExpertId> panel = new ArrayList<>();
        while (panel.size() < 3) panel.add(free.remove(random.nextInt(free.size())));
        return panel;
    }
}
