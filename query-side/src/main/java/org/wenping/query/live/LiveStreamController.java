package org.wenping.query.live;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.queryhandling.SubscriptionQueryResult;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.wenping.kernel.actor.Actor;
import org.wenping.query.web.ReaderScope;
import reactor.core.Disposable;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code GET /api/live}: a Server-Sent Events stream for dashboards. Each change of a matter inside the
 * reader's jurisdiction arrives as an event {@code matter} (its new status view) followed by
 * {@code stats-changed} (a cue to read {@code /api/stats} again); other updates ({@link LiveEvent}) arrive under
 * their own name, such as {@code deadline} when a unit meets (or meets late) a deadline of the calendar.
 */
@RestController
class LiveStreamController {
    private static final long TIMEOUT_MILLIS = Duration.ofMinutes(30).toMillis();

    private final QueryGateway queries;
    private final Set<SseEmitter> open = ConcurrentHashMap.newKeySet();

    LiveStreamController(QueryGateway queries) {
        this.queries = queries;
    }

    @GetMapping(path = "/api/live", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter live() throws IOException {
        Actor reader = ReaderScope.reader();
        SseEmitter stream = new SseEmitter(TIMEOUT_MILLIS);
        SubscriptionQueryResult<List<Object>, Object> subscription = queries.subscriptionQuery(
                new WatchMattersQuery(reader.jurisdiction().prefix()),
                ResponseTypes.multipleInstancesOf(Object.class), ResponseTypes.instanceOf(Object.class));
        Disposable updates = subscription.updates().subscribe(view -> send(stream, view), stream::completeWithError);
        open.add(stream);
        Runnable close = () -> {
            open.remove(stream);
            updates.dispose();
            subscription.close();
        };
        stream.onCompletion(close);
        stream.onTimeout(close);
        stream.onError(error -> close.run());
        stream.send(SseEmitter.event().name("ready").data(Map.of("jurisdiction", reader.jurisdiction().value())));
        return stream;
    }

    private static void send(SseEmitter stream, Object view) {
        try {
            if (view instanceof LiveEvent event) {
                stream.send(SseEmitter.event().name(event.eventName()).data(view, MediaType.APPLICATION_JSON));
                return;
            }
            stream.send(SseEmitter.event().name("matter").data(view, MediaType.APPLICATION_JSON));
            stream.send(SseEmitter.event().name("stats-changed").data("{}"));
        } catch (IOException | IllegalStateException gone) {
            stream.completeWithError(gone);
        }
    }

    /** Ends every stream when the application stops, so shutting down never waits for a dashboard. */
    @EventListener(ContextClosedEvent.class)
    void closeAll() {
        open.forEach(SseEmitter::complete);
    }

    /** A subscription starts with no backlog: the dashboard reads the list and statistics it needs first. */
    @QueryHandler
    List<Object> handle(WatchMattersQuery query) {
        return List.of();
    }
}
