package org.wenping.ops.store;

import org.axonframework.eventhandling.TrackedEventData;

import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A catch-up read followed by a stream opened only once the catch-up is exhausted, so it starts exactly
 * after the catch-up's last event. ({@code Stream.concat} with {@code flatMap} would buffer the second stream.)
 */
final class ThenStream extends Spliterators.AbstractSpliterator<TrackedEventData<?>> {
    private final CatchUpReader first;
    private final Supplier<Stream<? extends TrackedEventData<?>>> then;
    private Stream<? extends TrackedEventData<?>> second;
    private Spliterator<? extends TrackedEventData<?>> secondSpliterator;

    private ThenStream(CatchUpReader first, Supplier<Stream<? extends TrackedEventData<?>>> then) {
        super(Long.MAX_VALUE, ORDERED | NONNULL | DISTINCT);
        this.first = first;
        this.then = then;
    }

    static Stream<TrackedEventData<?>> of(CatchUpReader first, Supplier<Stream<? extends TrackedEventData<?>>> then) {
        ThenStream spliterator = new ThenStream(first, then);
        return StreamSupport.stream(spliterator, false).onClose(spliterator::close);
    }

    @Override
    public boolean tryAdvance(Consumer<? super TrackedEventData<?>> action) {
        if (secondSpliterator == null) {
            if (first.tryAdvance(action)) return true;
            first.close();
            second = then.get();
            secondSpliterator = second.spliterator();
        }
        return secondSpliterator.tryAdvance(action);
    }

    private void close() {
        first.close();
        if (second != null) second.close();
    }
}
