package org.wenping.ops.bench;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.wenping.command.grading.GradingSchemePolicy;
import org.wenping.command.personal.PersonalDataSealer;
import org.wenping.kernel.actor.Actor;
import org.wenping.kernel.actor.Role;
import org.wenping.kernel.personal.SealedPersonalData;
import org.wenping.query.legalcase.CaseStatusView;
import org.wenping.query.legalcase.CaseViews;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The generator on a fresh data directory, through the whole application: every planned matter and case is stored
 * with all its events (the aggregates' rules accepted every generated command), the cases reach the case read model,
 * and a restart that finds the block unrecorded skips what the store holds instead of writing it twice.
 */
class ScaleDataGeneratorIT {
    private static final int MATTERS = 20;
    private static final int CASES = 5;
    private static final Actor PROVINCE_INSPECTOR = new Actor("inspector-6200", "省督查", Role.INSPECTOR, "甘肃省纪委监委",
            ScaleRegistry.PROVINCE);
    private static final PersonalDataSealer COUNTING_SEALER = (keyId, details) -> new SealedPersonalData(keyId, "none", "");

    @TempDir
    Path dataDir;

    @Test
    void writesMattersAndCasesAndAResumedRunWritesNoneOfThemTwice() throws Exception {
        ScaleOptions options = ScaleOptions.parse("--matters=" + MATTERS, "--cases=" + CASES, "--events=100000",
                "--data-dir=" + dataDir, "--threads=2", "--stages=100000");
        try (ConfigurableApplicationContext app = ScaleDataGenerator.start(options)) {
            ScaleDataGenerator.generate(app, options);
        }
        assertThat(ScaleProgress.read(dataDir)).isEqualTo(new ScaleProgress(1, CASES));

        // As if stopped after the block's records were stored but before the block was recorded as finished.
        Files.delete(dataDir.resolve(ScaleProgress.FILE));
        ScaleOptions resumed = ScaleOptions.parse("--matters=" + MATTERS, "--cases=" + CASES, "--events=100000",
                "--data-dir=" + dataDir, "--threads=2", "--stages=100000", "--projections=true");
        try (ConfigurableApplicationContext app = ScaleDataGenerator.start(resumed)) {
            ScaleDataGenerator.generate(app, resumed);
            EventStore events = app.getBean(EventStore.class);
            GradingSchemePolicy schemes = app.getBean(GradingSchemePolicy.class);
            GansuPlaces places = GansuPlaces.bundled();
            ScaleRegistry registry = new ScaleRegistry();
            LongStream.range(0, CASES).forEach(number -> assertThat(last(events, ScaleCase.id(number).value()))
                    .hasValue(ScaleCase.plan(number, places, schemes, COUNTING_SEALER).size() - 1L));
            assertThat(last(events, ScaleCase.id(CASES).value())).isEmpty();
            LongStream.range(0, MATTERS).forEach(number -> assertThat(last(events, ScaleMatter.id(number).value()))
                    .hasValue(ScaleMatter.plan(number, places, registry, schemes).size() - 1L));
            assertThat(awaitCases(app.getBean(CaseViews.class))).containsExactlyInAnyOrder(
                    LongStream.range(0, CASES).mapToObj(number -> ScaleCase.id(number).value()).toArray(String[]::new));
        }
        assertThat(ScaleProgress.read(dataDir)).isEqualTo(new ScaleProgress(1, CASES));
    }

    private static Optional<Long> last(EventStore events, String aggregate) {
        return events.lastSequenceNumberFor(aggregate);
    }

    /** The cases the province's inspector sees, once the case read model holds as many as were generated. */
    private static List<String> awaitCases(CaseViews views) throws InterruptedException {
        long deadline = System.nanoTime() + 60_000_000_000L;
        List<String> seen = List.of();
        while (System.nanoTime() < deadline) {
            seen = views.visibleTo(PROVINCE_INSPECTOR).map(CaseStatusView::id).filter(id -> id.startsWith("scale-case-"))
                    .toList();
            if (seen.size() >= CASES) return seen;
            Thread.sleep(200);
        }
        return seen;
    }
}
