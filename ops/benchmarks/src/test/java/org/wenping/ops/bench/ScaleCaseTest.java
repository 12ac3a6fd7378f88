package org.wenping.ops.bench;

import org.junit.jupiter.api.Test;
import org.wenping.command.domain.RecordCommand;
import org.wenping.command.grading.GradingSchemePolicy;
import org.wenping.command.legalcase.AssessCaseDimensionCommand;
import org.wenping.command.legalcase.ChangeCaseStageCommand;
import org.wenping.command.legalcase.CloseCaseCommand;
import org.wenping.command.legalcase.CollectCaseOpinionsCommand;
import org.wenping.command.legalcase.ErasePersonalDataCommand;
import org.wenping.command.legalcase.GradeCaseRiskCommand;
import org.wenping.command.legalcase.ListCaseCommand;
import org.wenping.command.legalcase.RuleOnCaseCommand;
import org.wenping.command.personal.PersonalDataSealer;
import org.wenping.kernel.actor.Permissions;
import org.wenping.kernel.legalcase.CaseClass;
import org.wenping.kernel.legalcase.Organ;
import org.wenping.kernel.matter.GradingScheme;
import org.wenping.kernel.personal.SealedPersonalData;

import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class ScaleCaseTest {
    private final GansuPlaces places = GansuPlaces.bundled();
    private final GradingSchemePolicy schemes = jurisdiction -> GradingScheme.THREE_LEVEL;
    /** Seals nothing: the planned commands stay comparable, and no key store is needed. */
    private final PersonalDataSealer sealer = (keyId, details) -> new SealedPersonalData(keyId, "none", details.name());

    @Test
    void everyStepIsGivenBySomeoneThePermissionTableAllowsWhereTheCaseIsAndNoneLiesAfterTheLastDate() {
        LongStream.range(0, 2000).forEach(number -> {
            List<ScaleMatter.Step> steps = ScaleCase.plan(number, places, schemes, sealer);
            ListCaseCommand listing = (ListCaseCommand) steps.get(0).command();
            assertThat(steps).allSatisfy(step -> {
                assertThat(Permissions.scope(step.actor().role(), ((RecordCommand) step.command()).action())).isPresent();
                assertThat(step.actor().mayActIn(listing.jurisdiction())).isTrue();
                assertThat(businessDate(step.command())).isBetween(listing.acceptedOn(), ScaleMatter.LAST_DATE);
            });
            commands(steps, RuleOnCaseCommand.class).forEach(ruling ->
                    assertThat(ruling.kind().issuedBy(listing.organ())).isTrue());
        });
    }

    @Test
    void theCasesVaryLikeTheDemoYearsOverEveryOrganAndCityOfTheProvince() {
        Set<Organ> organs = new HashSet<>();
        Set<CaseClass> classes = new HashSet<>();
        Set<String> cities = new HashSet<>();
        Set<Object> grades = new HashSet<>();
        Set<String> paths = new HashSet<>();
        LongStream.range(0, 2000).forEach(number -> {
            List<ScaleMatter.Step> steps = ScaleCase.plan(number, places, schemes, sealer);
            ListCaseCommand listing = (ListCaseCommand) steps.get(0).command();
            organs.add(listing.organ());
            classes.add(listing.caseClass());
            cities.add(listing.jurisdiction().value().substring(0, 4));
            commands(steps, GradeCaseRiskCommand.class).forEach(grade -> grades.add(grade.level()));
            paths.add(path(steps));
        });
        assertThat(organs).containsExactlyInAnyOrder(Organ.values());
        assertThat(classes).containsExactlyInAnyOrder(CaseClass.values());
        assertThat(cities).hasSize(14);
        assertThat(grades).hasSize(3);
        assertThat(paths).contains("ruled unassessed and closed", "held back", "re-opened by a new stage",
                "ruled 慎之又慎", "resolved, ruled and closed", "closed, then a person's data erased");
    }

    @Test
    void aRestartPlansExactlyTheSameCommands() {
        assertThat(ScaleCase.plan(4242, places, schemes, sealer)).isEqualTo(ScaleCase.plan(4242, places, schemes, sealer));
    }

    /** Which of the demo year's paths the case takes, told from its commands. */
    private static String path(List<ScaleMatter.Step> steps) {
        Object last = steps.get(steps.size() - 1).command();
        if (last instanceof ErasePersonalDataCommand) return "closed, then a person's data erased";
        if (!commands(steps, ChangeCaseStageCommand.class).isEmpty()) return "re-opened by a new stage";
        if (commands(steps, AssessCaseDimensionCommand.class).isEmpty()) return "ruled unassessed and closed";
        if (commands(steps, RuleOnCaseCommand.class).isEmpty()) return "held back";
        if (commands(steps, CollectCaseOpinionsCommand.class).stream().anyMatch(o -> o.opposeCount() > o.supportCount())) {
            return "ruled 慎之又慎";
        }
        return last instanceof CloseCaseCommand ? "resolved, ruled and closed" : "other";
    }

    private static <T> List<T> commands(List<ScaleMatter.Step> steps, Class<T> type) {
        return steps.stream().map(ScaleMatter.Step::command).filter(type::isInstance).map(type::cast).toList();
    }

    /** The one business date each case command carries (the listing's is its listing date, the later of two). */
    private static LocalDate businessDate(Object command) {
        return Stream.of(command.getClass().getRecordComponents()).filter(c -> c.getType() == LocalDate.class)
                .map(c -> read(c, command)).max(LocalDate::compareTo).orElseThrow();
    }

    private static LocalDate read(RecordComponent component, Object command) {
        try {
            return (LocalDate) component.getAccessor().invoke(command);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
