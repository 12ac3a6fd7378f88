package org.wenping.ops.demo;

import java.time.Duration;

/**
 * What one start did with the demo year: how many of its commands it sent, how many it found already
 * stored, how many events it wrote and how long it took.
 */
record LoadReport(int matters, int stepsPlanned, int stepsSent, int stepsFoundStored, long eventsWritten,
                  Duration took, boolean complete) {

    static LoadReport alreadyLoaded(DemoYear year, Duration took) {
        return new LoadReport(year.matters().size(), year.steps().size(), 0, year.steps().size(), 0, took, true);
    }
}
