package org.wenping.ops.bench;

import org.junit.jupiter.api.Test;
import org.wenping.command.grading.GradingSchemePolicy;
import org.wenping.command.matter.MakeDecisionCommand;
import org.wenping.command.matter.RegisterMatterCommand;
import org.wenping.kernel.matter.GradingScheme;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

class ScaleMatterTest {
    private final GansuPlaces places = GansuPlaces.bundled();
    private final ScaleRegistry registry = new ScaleRegistry();
    private final GradingSchemePolicy schemes = jurisdiction -> GradingScheme.THREE_LEVEL;

    @Test
    void spreadsTheMattersOverEveryCityOfTheProvinceAndEveryYear() {
        Set<String> cities = new HashSet<>();
        Set<Integer> years = new HashSet<>();
        LongStream.range(0, 2000).forEach(number -> {
            RegisterMatterCommand registered = (RegisterMatterCommand) ScaleMatter.plan(number, places, registry, schemes)
                    .get(0).command();
            cities.add(registered.jurisdiction().value().substring(0, 4));
            years.add(registered.registeredOn().getYear());
        });
        assertThat(places.cities()).isEqualTo(14);
        assertThat(cities).hasSize(14).allMatch(city -> city.startsWith("62"));
        assertThat(years).hasSize(ScaleMatter.LAST_DATE.getYear() - ScaleMatter.FIRST_YEAR + 1);
    }

    @Test
    void everyStepIsGivenBySomeoneWhoMayActWhereTheMatterIsAndNoneLiesAfterTheLastDate() {
        LongStream.range(0, 2000).forEach(number -> {
            List<ScaleMatter.Step> steps = ScaleMatter.plan(number, places, registry, schemes);
            RegisterMatterCommand registered = (RegisterMatterCommand) steps.get(0).command();
            assertThat(steps).allMatch(step -> step.actor().mayActIn(registered.jurisdiction()));
            MakeDecisionCommand decision = steps.stream().map(ScaleMatter.Step::command)
                    .filter(MakeDecisionCommand.class::isInstance).map(MakeDecisionCommand.class::cast).findFirst().orElseThrow();
            assertThat(decision.decidedOn().plusDays(130)).isBeforeOrEqualTo(ScaleMatter.LAST_DATE);
        });
    }

    @Test
    void aRestartPlansExactlyTheSameCommands() {
        assertThat(ScaleMatter.plan(4242, places, registry, schemes)).isEqualTo(ScaleMatter.plan(4242, places, registry, schemes));
    }
}
