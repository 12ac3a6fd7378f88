package org.wenping.ops.history;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.wenping.kernel.matter.MatterRegisteredEvent;

/**
 * Test only: a revision 2 of {@link MatterRegisteredEvent} whose title carries a mark, so that every reader
 * shows whether it read the stored form (revision 1) or the upcast one.
 */
final class RetitlingUpcaster extends SingleEventUpcaster {
    static final String MARK = "(第2版)";
    private static final SimpleSerializedType REVISION_1 = new SimpleSerializedType(MatterRegisteredEvent.class.getName(), "1");
    private static final SimpleSerializedType REVISION_2 = new SimpleSerializedType(MatterRegisteredEvent.class.getName(), "2");

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation stored) {
        return stored.getType().equals(REVISION_1);
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation stored) {
        return stored.upcastPayload(REVISION_2, JsonNode.class, payload -> {
            ObjectNode upcast = payload.deepCopy();
            return upcast.put("title", payload.get("title").asText() + MARK);
        });
    }
}
