package org.wenping.ops.bench;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import org.slf4j.LoggerFactory;

import java.util.concurrent.atomic.AtomicLong;

/** Counts what the application logs at WARN and ERROR while a benchmark runs, and keeps the first of each. */
final class LoggedTrouble extends AppenderBase<ILoggingEvent> {
    private final AtomicLong warnings = new AtomicLong();
    private final AtomicLong errors = new AtomicLong();
    private volatile String first = "";

    static LoggedTrouble attach() {
        LoggedTrouble counter = new LoggedTrouble();
        Logger root = (Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME);
        counter.setContext(root.getLoggerContext());
        counter.start();
        root.addAppender(counter);
        return counter;
    }

    @Override
    protected void append(ILoggingEvent event) {
        if (event.getLevel().isGreaterOrEqual(Level.ERROR)) errors.incrementAndGet();
        else if (event.getLevel().isGreaterOrEqual(Level.WARN)) warnings.incrementAndGet();
        else return;
        if (first.isEmpty()) first = event.getLevel() + " " + event.getLoggerName() + ": " + event.getFormattedMessage();
    }

    /** "N errors, M warnings" and the first of them, since {@link #attach}. */
    String summary() {
        return errors.get() + " errors, " + warnings.get() + " warnings" + (first.isEmpty() ? "" : "; first: " + first);
    }
}
