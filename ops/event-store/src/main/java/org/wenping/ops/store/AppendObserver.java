package org.wenping.ops.store;

import java.time.Duration;

/**
 * What the store tells about its appends, for the application to turn into metrics; the store itself
 * depends on no metrics library.
 */
public interface AppendObserver {
    AppendObserver NONE = new AppendObserver() {
    };

    /** One unit of work appended: the time from handing it to the appender to its acknowledgement. */
    default void appended(Duration latency) {
    }

    /** One group of commits written by the appender, and the time it took to make the group durable. */
    default void groupWritten(int commits, Duration makeDurable) {
    }
}
