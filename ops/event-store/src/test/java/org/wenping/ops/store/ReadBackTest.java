package org.wenping.ops.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.UnknownSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wenping.ops.store.StoreFixture.event;

/** readBack reads a stream as Axon's own reads do, through the engine's chain, and keeps the stored facts. */
class ReadBackTest {
    @TempDir
    Path dataDir;

    @Test
    void readsAStreamThroughTheUpcasterChainLikeAggregatesAndTrackingReaders() {
        try (StoreFixture store = new StoreFixture(dataDir, "h2")) {
            store.engine.appendEvents(List.of(event("a", 0, "a0"), event("a", 1, "a1")));
            try (MongoEventStorageEngine upcasting = MongoEventStorageEngine.builder().database(store.database)
                    .durability(store.embedded).eventSerializer(StoreFixture.SERIALIZER)
                    .upcasterChain(new Shouting()).build()) {

                List<ReadBackEvent> read = upcasting.readBack("a");

                assertThat(read).extracting(ReadBackEvent::revision).containsExactly("2", "2");
                assertThat(read).extracting(e -> e.payload().get("text").asText()).containsExactly("A0!", "A1!");
                assertThat(read).extracting(ReadBackEvent::event)
                        .containsExactly(new StoreFixture.Noted("A0!"), new StoreFixture.Noted("A1!"));
                assertThat(read).extracting(e -> e.stored().payload().get("text").asText()).containsExactly("a0", "a1");
                assertThat(read).extracting(e -> e.stored().position()).containsExactly(1L, 2L);
                List<Object> decoded = read.stream().map(ReadBackEvent::event).toList();
                assertThat(upcasting.readEvents("a").asStream().<Object>map(EventMessage::getPayload))
                        .containsExactlyElementsOf(decoded);
                try (Stream<? extends EventMessage<?>> tracked = upcasting.readEvents(null, false)) {
                    assertThat(tracked.<Object>map(EventMessage::getPayload)).containsExactlyElementsOf(decoded);
                }
            }
        }
    }

    @Test
    void leavesATypeThisApplicationDoesNotKnowUndecoded() {
        try (StoreFixture store = new StoreFixture(dataDir, "h2")) {
            store.engine.appendEvents(List.of(event("a", 0, "a0")));
            try (MongoEventStorageEngine renaming = MongoEventStorageEngine.builder().database(store.database)
                    .durability(store.embedded).eventSerializer(StoreFixture.SERIALIZER)
                    .upcasterChain(new Renaming()).build()) {

                ReadBackEvent read = renaming.readBack("a").get(0);

                assertThat(read.type()).isEqualTo("org.example.InquiryOpenedEvent");
                assertThat(read.event()).isInstanceOf(UnknownSerializedType.class);
                assertThat(read.stored().hash()).isNotBlank();
            }
        }
    }

    /** Revision 2 of Noted: its text shouted. */
    private static final class Shouting extends SingleEventUpcaster {
        @Override
        protected boolean canUpcast(IntermediateEventRepresentation stored) {
            return stored.getType().getName().equals(StoreFixture.Noted.class.getName());
        }

        @Override
        protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation stored) {
            return stored.upcastPayload(new SimpleSerializedType(stored.getType().getName(), "2"), JsonNode.class,
                    payload -> ((ObjectNode) payload.deepCopy()).put("text", payload.get("text").asText().toUpperCase() + "!"));
        }
    }

    /** Turns Noted into a type no class on this classpath has. */
    private static final class Renaming extends SingleEventUpcaster {
        @Override
        protected boolean canUpcast(IntermediateEventRepresentation stored) {
            return true;
        }

        @Override
        protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation stored) {
            return stored.upcastPayload(new SimpleSerializedType("org.example.InquiryOpenedEvent", "1"), JsonNode.class,
                    payload -> payload);
        }
    }
}
