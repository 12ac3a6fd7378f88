package org.wenping.ops.demo;

import org.wenping.command.grading.GradingSchemePolicy;
import org.wenping.kernel.matter.MatterId;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The whole demo year as one ordered list of commands: the registry and the units' yearly lists first, then every
 * matter's commands and the units' monthly reports interleaved by business date, as a year of work would have
 * reached the system. Drawn from a fixed seed,
 * so that every start plans exactly the same commands with the same ids and dates.
 */
record DemoYear(List<MatterProfile> matters, List<DemoStep> steps) {
    /** Seed 003: 236 matters assessed in a year. */
    static final long SEED = 20_260_236L;

    DemoYear {
        matters = List.copyOf(matters);
        steps = List.copyOf(steps);
    }

    static DemoYear plan(DemoActors actors, GradingSchemePolicy schemes) {
        Random random = new Random(SEED);
        List<MatterProfile> matters = new ArrayList<>(NamedMatters.all());
        Set<String> titles = new HashSet<>();
        matters.forEach(matter -> titles.add(matter.title()));
        matters.addAll(ProfileGenerator.generate(random, titles, matters.size() + 1));

        List<DemoStep> matterSteps = new ArrayList<>();
        for (MatterProfile matter : matters) {
            matterSteps.addAll(MatterStory.tell(matter, schemes.schemeFor(matter.place().jurisdiction()), actors, random));
        }
        MatterId offList = DemoLists.offListMatter(matters, matterSteps);
        List<DemoLists.UnitList> lists = DemoLists.plan(matters, offList);
        List<DemoStep> steps = new ArrayList<>(DemoRegistry.steps(actors.admin()));
        steps.addAll(DemoLists.steps(lists, actors));
        matterSteps.forEach(step -> steps.add(DemoLists.onTheList(step, lists, offList)));
        // A stable sort: one aggregate's commands keep their order, as their dates never decrease; a report submitted
        // on a day comes after that day's acts, which it counts.
        matterSteps.sort(Comparator.comparing(DemoStep::businessDate));
        Map<MatterId, String> units = matters.stream().collect(Collectors.toMap(MatterProfile::id, MatterProfile::responsibleUnit));
        steps.addAll(DemoReports.steps(lists, DemoAct.of(matterSteps, units), actors));
        List<DemoStep> caseSteps = DemoCases.steps(actors.cases(), schemes, new Random(SEED + 4));
        steps.addAll(caseSteps);
        steps.addAll(DemoInquiries.steps(caseSteps, actors.cases().inspector()));
        steps.sort(Comparator.comparing(DemoStep::businessDate));
        return new DemoYear(matters, steps);
    }

    /** The events the year holds once every step is stored: each aggregate's last version after, plus one. */
    long eventsPlanned() {
        return steps.stream().collect(Collectors.toMap(DemoStep::aggregateId, DemoStep::versionAfter, Math::max))
                .values().stream().mapToLong(version -> version + 1).sum();
    }

    DemoStep last() {
        return steps.get(steps.size() - 1);
    }
}
