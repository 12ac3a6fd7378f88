package org.wenping.ops.demo;

import org.wenping.kernel.actor.Actor;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Collects one aggregate's commands on a day count relative to its first command, and the version each
 * leaves behind; the dates are fixed only at the end, once it is known when the matter must have started
 * for its decision to fall inside the demo year.
 */
final class ScriptBuilder {
    /** {@code exactGap} ≥ 0: dated that many days after the command before it, whatever the weekday. */
    private record Pending(String label, Actor actor, int day, int exactGap, long versionAfter,
                           Function<LocalDate, Object> command) {
    }

    private final String aggregateId;
    private final Random random;
    private final List<Pending> pending = new ArrayList<>();
    private int day;
    private long version = -1;

    ScriptBuilder(String aggregateId, Random random) {
        this.aggregateId = aggregateId;
        this.random = random;
    }

    /** Lets between {@code min} and {@code max} days pass before the next command. */
    void pause(int min, int max) {
        day += min + random.nextInt(max - min + 1);
    }

    int day() {
        return day;
    }

    /** The sequence number of the last event the commands so far store. */
    long version() {
        return version;
    }

    int size() {
        return pending.size();
    }

    /**
     * Adds a command that stores {@code events} events; it gets the version it expects (null for the first
     * command) and its business date.
     */
    void add(String label, Actor actor, int events, BiFunction<Long, LocalDate, Object> command) {
        add(label, actor, events, -1, command);
    }

    /** Adds a command dated exactly {@code days} after the one before it (a filing due the next day, R6). */
    void addAfter(int days, String label, Actor actor, int events, BiFunction<Long, LocalDate, Object> command) {
        day += days;
        add(label, actor, events, days, command);
    }

    private void add(String label, Actor actor, int events, int exactGap, BiFunction<Long, LocalDate, Object> command) {
        Long expected = version < 0 ? null : version;
        version += events;
        pending.add(new Pending(label, actor, day, exactGap, version, date -> command.apply(expected, date)));
    }

    /** Keeps only the first {@code count} commands. */
    void truncate(int count) {
        pending.subList(count, pending.size()).clear();
    }

    /**
     * The commands dated from {@code start}, a weekend moved back to its Friday but never before the command
     * before it, up to the first one that would fall after {@code end}.
     */
    List<DemoStep> materialize(LocalDate start, LocalDate end) {
        List<DemoStep> steps = new ArrayList<>();
        LocalDate previous = start;
        for (Pending step : pending) {
            LocalDate date = step.exactGap() >= 0 ? previous.plusDays(step.exactGap())
                    : latest(previous, workday(start.plusDays(step.day())));
            if (date.isAfter(end)) break;
            previous = date;
            steps.add(new DemoStep(aggregateId, step.command().apply(date), step.actor(), date, step.versionAfter(),
                    step.label()));
        }
        return steps;
    }

    private static LocalDate latest(LocalDate one, LocalDate other) {
        return one.isAfter(other) ? one : other;
    }

    private static LocalDate workday(LocalDate date) {
        if (date.getDayOfWeek() == DayOfWeek.SATURDAY) return date.minusDays(1);
        if (date.getDayOfWeek() == DayOfWeek.SUNDAY) return date.minusDays(2);
        return date;
    }
}
