package org.wenping.ops.demo;

import org.junit.jupiter.api.Test;
import org.wenping.command.matter.MakeDecisionCommand;
import org.wenping.command.matter.RegisterMatterCommand;
import org.wenping.kernel.lists.AssessmentListId;
import org.wenping.kernel.matter.GradingScheme;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo year written in parallel: each step waits for what it must, and the longest chain of waits is short. */
class StepGraphTest {
    private final List<DemoStep> steps = DemoYearTest.plan(GradingScheme.THREE_LEVEL).steps();
    private final StepGraph graph = StepGraph.of(steps);

    @Test
    void eachStepWaitsForTheOneBeforeItOnItsRecordAndOnlyForEarlierSteps() {
        Map<String, Integer> last = new HashMap<>();
        for (int i = 0; i < steps.size(); i++) {
            int step = i;
            assertThat(Arrays.stream(graph.prerequisitesOf(i)).boxed()).allMatch(before -> before < step);
            Integer previous = last.put(steps.get(i).aggregateId(), i);
            if (previous != null) assertThat(graph.prerequisitesOf(i)).contains(previous);
        }
    }

    @Test
    void aDecisionWaitsForItsListAndTheListsFilingForTheDecisionsThatReadItBefore() {
        for (int i = 0; i < steps.size(); i++) {
            if (!(steps.get(i).command() instanceof MakeDecisionCommand decision)) continue;
            String list = listOf(decision, i);
            int step = i;
            assertThat(Arrays.stream(graph.prerequisitesOf(i)).mapToObj(steps::get))
                    .as(steps.get(i).describe()).anyMatch(before -> before.aggregateId().equals(list));
            for (int later = i + 1; later < steps.size(); later++) {
                if (steps.get(later).aggregateId().equals(list)) {
                    assertThat(graph.prerequisitesOf(later)).as("清单在决策之后的一步").contains(step);
                    break;
                }
            }
        }
    }

    @Test
    void theLongestChainOfWaitsIsAFewPercentOfTheYear() {
        int[] depth = new int[steps.size()];
        int longest = 0;
        for (int i = 0; i < steps.size(); i++) {
            depth[i] = 1 + Arrays.stream(graph.prerequisitesOf(i)).map(before -> depth[before]).max().orElse(0);
            longest = Math.max(longest, depth[i]);
        }
        System.out.printf("演示数据:%d 条命令,最长等待链 %d 条%n", steps.size(), longest);
        assertThat(longest).isLessThan(steps.size() / 20);
    }

    private String listOf(MakeDecisionCommand decision, int before) {
        for (int i = 0; i < before; i++) {
            if (steps.get(i).command() instanceof RegisterMatterCommand c && c.matterId().equals(decision.matterId())) {
                return c.listId() != null ? c.listId().value()
                        : AssessmentListId.of(c.jurisdiction(), c.responsibleUnit(), 2026).value();
            }
        }
        throw new IllegalStateException(decision.matterId() + " 未登记");
    }
}
