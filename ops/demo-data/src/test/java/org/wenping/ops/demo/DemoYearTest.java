package org.wenping.ops.demo;

import org.junit.jupiter.api.Test;
import org.wenping.command.matter.CommissionAgencyCommand;
import org.wenping.command.matter.MakeDecisionCommand;
import org.wenping.command.matter.RegisterMatterCommand;
import org.wenping.command.matter.ReviewReportCommand;
import org.wenping.kernel.actor.Actor;
import org.wenping.kernel.actor.Role;
import org.wenping.kernel.jurisdiction.JurisdictionCode;
import org.wenping.kernel.matter.AssessorMode;
import org.wenping.kernel.matter.Decision;
import org.wenping.kernel.matter.GradingScheme;
import org.wenping.kernel.matter.MatterCategory;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.wenping.command.inquiry.OpenInquiryCommand;
import org.wenping.command.inquiry.RecordFindingCommand;
import org.wenping.command.legalcase.ChangeCaseStageCommand;
import org.wenping.command.legalcase.ErasePersonalDataCommand;
import org.wenping.command.legalcase.ResolveCaseRiskCommand;
import org.wenping.command.legalcase.RuleOnCaseCommand;

import static org.assertj.core.api.Assertions.assertThat;

/** The plan of the demo year, without the application: reproducible, inside the year, in the seeds' proportions. */
class DemoYearTest {
    static final JurisdictionCode CITY = new JurisdictionCode("620900");
    static final DemoActors ACTORS = new DemoActors(
            new Actor("assessor", "张评估", Role.ASSESSOR, "市发改委", CITY),
            new Actor("decider", "李决策", Role.DECIDER, "市政府常务会议", CITY),
            new Actor("supervisor", "王维稳", Role.SUPERVISOR, "市委维稳办", CITY),
            new Actor("expert", "周专家", Role.EXPERT, "兰州大学", CITY),
            new Actor("admin", "系统管理员", Role.ADMIN, "市大数据中心", CITY),
            new DemoActors.CaseActors(
                    new Actor("handler", "陈承办", Role.HANDLER, "肃州区人民法院", new JurisdictionCode("620902")),
                    new Actor("caselead", "刘分管", Role.CASE_LEAD, "肃州区人民法院", new JurisdictionCode("620902")),
                    new Actor("organhead", "马院长", Role.ORGAN_HEAD, "肃州区人民法院", new JurisdictionCode("620902")),
                    new Actor("procurator", "吴检察", Role.HANDLER, "金塔县人民检察院", new JurisdictionCode("620921")),
                    new Actor("police", "高警官", Role.HANDLER, "敦煌市公安局", new JurisdictionCode("620982")),
                    new Actor("inspector", "孙督查", Role.INSPECTOR, "市纪委监委", CITY)));

    @Test
    void plansTheSameYearEveryTime() {
        assertThat(plan(GradingScheme.THREE_LEVEL).steps()).isEqualTo(plan(GradingScheme.THREE_LEVEL).steps());
    }

    @Test
    void plansTheSeedsProportionsInsideTheYear() {
        DemoYear year = plan(GradingScheme.THREE_LEVEL);
        List<RegisterMatterCommand> registered = commands(year, RegisterMatterCommand.class);
        assertThat(registered).hasSize(240);
        assertThat(registered.stream().map(RegisterMatterCommand::title).distinct()).hasSize(240);
        assertThat(share(registered, c -> c.category() == MatterCategory.POLICY)).isGreaterThanOrEqualTo(0.30);
        assertThat(share(registered, c -> c.assessorMode() == AssessorMode.THIRD_PARTY)).isGreaterThanOrEqualTo(0.50);
        assertThat(commands(year, CommissionAgencyCommand.class)).hasSize(
                (int) registered.stream().filter(c -> c.assessorMode() == AssessorMode.THIRD_PARTY).count());
        Map<Decision, Long> decisions = commands(year, MakeDecisionCommand.class).stream()
                .collect(Collectors.groupingBy(MakeDecisionCommand::decision, Collectors.counting()));
        assertThat(decisions).containsEntry(Decision.POSTPONE, 1L).containsEntry(Decision.REJECT, 1L);
        assertThat(year.steps()).allSatisfy(step -> assertThat(step.businessDate())
                .isBetween(LocalDate.of(2026, 1, 1), MatterStory.END));
        assertThat(commands(year, ReviewReportCommand.class)).allSatisfy(review -> assertThat(review.panel()).doesNotHaveDuplicates());
    }

    @Test
    void followsTheSchemeTheCityIsConfiguredWith() {
        for (GradingScheme scheme : GradingScheme.values()) {
            assertThat(commands(plan(scheme), RegisterMatterCommand.class))
                    .allSatisfy(c -> assertThat(c.gradingScheme()).isEqualTo(scheme));
        }
    }

    @Test
    void plansThirtyCasesWithHeldBackRulingsAReopenedStageAndOneErasureInsideTheYear() {
        DemoYear year = plan(GradingScheme.THREE_LEVEL);
        List<DemoListing> listings = commands(year, DemoListing.class);
        assertThat(listings).hasSize(30);
        assertThat(listings).filteredOn(l -> l.jurisdiction().value().equals("620902")).hasSize(DemoCases.COURT_CASES);
        assertThat(commands(year, ErasePersonalDataCommand.class)).singleElement()
                .satisfies(erasure -> assertThat(erasure.keyId()).isEqualTo("demo-case-01-p2"));
        assertThat(commands(year, ChangeCaseStageCommand.class)).isNotEmpty();
        long resolved = commands(year, ResolveCaseRiskCommand.class).size();
        long ruled = commands(year, RuleOnCaseCommand.class).size();
        assertThat(resolved).isPositive();
        assertThat(ruled).isLessThan(listings.size() + commands(year, ChangeCaseStageCommand.class).size());
        assertThat(year.steps()).allSatisfy(step -> assertThat(step.businessDate()).isBefore(MatterStory.END.plusDays(1)));
    }

    @Test
    void plansAHandfulOfInquiriesWhoseFindingsCiteEventsTheNamedPersonRecorded() {
        DemoYear year = plan(GradingScheme.THREE_LEVEL);
        List<RecordFindingCommand> findings = commands(year, RecordFindingCommand.class);
        assertThat(commands(year, OpenInquiryCommand.class)).hasSize(4);
        assertThat(findings).hasSize(4).allSatisfy(finding -> {
            String subject = commands(year, OpenInquiryCommand.class).stream()
                    .filter(open -> open.inquiryId().equals(finding.inquiryId())).findFirst().orElseThrow().subjectId();
            assertThat(year.steps()).anySatisfy(step -> {
                assertThat(step.aggregateId()).isEqualTo(subject);
                assertThat(step.versionAfter()).isEqualTo(finding.evidence().get(0));
                assertThat(step.actor().userId()).isEqualTo(finding.person());
            });
        });
    }

    static DemoYear plan(GradingScheme scheme) {
        return DemoYear.plan(ACTORS, jurisdiction -> scheme);
    }

    static <T> List<T> commands(DemoYear year, Class<T> type) {
        return year.steps().stream().map(DemoStep::command).filter(type::isInstance).map(type::cast).toList();
    }

    private static <T> double share(List<T> all, Predicate<T> test) {
        return (double) all.stream().filter(test).count() / all.size();
    }
}
