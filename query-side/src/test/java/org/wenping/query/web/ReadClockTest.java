package org.wenping.query.web;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReadClockTest {
    static final Instant NOW = Instant.parse("2026-07-01T18:00:00Z");

    private final ReadClock clock = new ReadClock(new StaticListableBeanFactory(
            Map.of("clock", Clock.fixed(NOW, ZoneOffset.UTC))).getBeanProvider(Clock.class));

    @Test
    void readsAnInstantInUtcOrWithAnOffset() {
        assertThat(clock.asOf("2026-03-20T08:00:00Z")).isEqualTo(Instant.parse("2026-03-20T08:00:00Z"));
        assertThat(clock.asOf("2026-03-20T16:00:00+08:00")).isEqualTo(Instant.parse("2026-03-20T08:00:00Z"));
        assertThat(clock.asOf(null)).isNull();
        assertThat(clock.asOf(" ")).isNull();
    }

    @Test
    void refusesWhatIsNotAnInstantWithAStableCode() {
        for (String invalid : new String[] {"2026-03-32", "yesterday", "2026-13-01T00:00:00Z"}) {
            assertThatThrownBy(() -> clock.asOf(invalid)).isInstanceOfSatisfying(QueryRefusedException.class,
                    e -> assertThat(e.code()).isEqualTo("INVALID_AS_OF"));
        }
        assertThatThrownBy(() -> clock.asOf("2026-07-02T00:00:00Z")).isInstanceOfSatisfying(QueryRefusedException.class,
                e -> assertThat(e.code()).isEqualTo("AS_OF_IN_FUTURE"));
    }

    @Test
    void readsADateAloneAsTheEndOfThatDayInChinaAndTodayAsNow() {
        assertThat(clock.asOf("2026-03-20")).isEqualTo(Instant.parse("2026-03-20T15:59:59.999999999Z"));
        assertThat(clock.asOf("2026-07-02")).isEqualTo(NOW);
        assertThatThrownBy(() -> clock.asOf("2026-07-03")).isInstanceOfSatisfying(QueryRefusedException.class,
                e -> assertThat(e.code()).isEqualTo("AS_OF_IN_FUTURE"));
    }

    @Test
    void readsTheBusinessDateParameterAndRefusesAnythingButADate() {
        assertThat(ReadClock.happenedBy("2026-03-20")).isEqualTo(LocalDate.parse("2026-03-20"));
        assertThat(ReadClock.happenedBy(null)).isNull();
        for (String invalid : new String[] {"2026-02-30", "2026-03-20T08:00:00Z", "昨天"}) {
            assertThatThrownBy(() -> ReadClock.happenedBy(invalid)).isInstanceOfSatisfying(QueryRefusedException.class,
                    e -> assertThat(e.code()).isEqualTo("INVALID_QUERY"));
        }
    }

    @Test
    void judgesOnTheBusinessDateInShanghai() {
        assertThat(clock.judgedOn(null)).isEqualTo(LocalDate.parse("2026-07-02"));
        assertThat(clock.judgedOn(Instant.parse("2026-03-20T15:59:59Z"))).isEqualTo(LocalDate.parse("2026-03-20"));
        assertThat(clock.judgedOn(Instant.parse("2026-03-20T16:00:00Z"))).isEqualTo(LocalDate.parse("2026-03-21"));
    }
}
