package org.wenping.query.matter;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.GenericSubscriptionQueryMessage;
import org.axonframework.queryhandling.SimpleQueryUpdateEmitter;
import org.axonframework.queryhandling.SubscriptionQueryUpdateMessage;
import org.axonframework.queryhandling.UpdateHandlerRegistration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.annotation.Order;
import org.wenping.query.live.WatchMattersQuery;
import org.wenping.query.readmodel.ReadModels;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The live announcement: the view the writers just produced, to subscribers whose jurisdiction covers it; never in replay. */
class MatterStatusAnnouncerTest {
    MongoServer server;
    MongoClient client;
    MatterStatusRepository views;
    SimpleQueryUpdateEmitter emitter = SimpleQueryUpdateEmitter.builder().build();
    MatterStatusAnnouncer announcer;

    @BeforeEach
    void start() {
        server = new MongoServer(new MemoryBackend());
        client = MongoClients.create(server.bindAndGetConnectionString());
        views = new MatterStatusRepository(new ReadModels(client.getDatabase("test")), ListingSource.CATALOG);
        announcer = new MatterStatusAnnouncer(emitter, views);
        views.save(CatalogMatterViewsTest.view("m-1", "620982"));
    }

    @AfterEach
    void stop() {
        client.close();
        server.shutdownNow();
    }

    @Test
    void sendsTheViewJustWrittenToSubscribersCoveringItsJurisdiction() {
        UpdateHandlerRegistration<Object> city = subscribe("6209");
        UpdateHandlerRegistration<Object> lanzhou = subscribe("6201");

        announce("m-1", 0);
        announce("m-1", 5);          // an event the view does not (yet) reflect
        announce("expert-1", 0);     // an event of another aggregate

        city.complete();
        lanzhou.complete();
        List<Object> sent = city.getUpdates().map(SubscriptionQueryUpdateMessage::getPayload).collectList()
                .block(Duration.ofSeconds(5));
        assertThat(sent).singleElement().extracting(view -> ((MatterStatusView) view).id()).isEqualTo("m-1");
        assertThat(lanzhou.getUpdates().collectList().block(Duration.ofSeconds(5))).isEmpty();
    }

    @Test
    void readsNoViewWhileNobodyWatches() {
        client.close(); // a read would now fail
        announce("m-1", 0);
        subscribe("6209");
        assertThatThrownBy(() -> announce("m-1", 0)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void isASideEffectThatAReplaySkipsAndRunsAfterTheWriters() {
        assertThat(MatterStatusAnnouncer.class).hasAnnotation(DisallowReplay.class);
        assertThat(MatterStatusAnnouncer.class.getAnnotation(Order.class).value())
                .isGreaterThan(MatterStatusProjection.class.getAnnotation(Order.class).value());
    }

    private UpdateHandlerRegistration<Object> subscribe(String prefix) {
        return emitter.registerUpdateHandler(new GenericSubscriptionQueryMessage<>(new WatchMattersQuery(prefix),
                ResponseTypes.instanceOf(Object.class), ResponseTypes.instanceOf(Object.class)), 16);
    }

    private void announce(String aggregateId, long sequence) {
        announcer.on("event", new GenericDomainEventMessage<>("Matter", aggregateId, sequence, "event"));
    }
}
