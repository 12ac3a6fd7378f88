package org.wenping.kernel.integrity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EventHashTest {
    private final ObjectMapper json = new ObjectMapper();

    private EventHash hashOf(String payload, long position, String previous) throws Exception {
        JsonNode node = json.readTree(payload);
        return new EventHash("e-1", "org.wenping.kernel.matter.MatterRegisteredEvent", "1", "m-1", 0L, position,
                "2026-03-01T08:00:00Z", node, json.readTree("{\"actorId\":\"assessor\"}"), previous);
    }

    @Test
    void canonicalFormSortsMembersAndDropsWhiteSpace() throws Exception {
        assertThat(CanonicalJson.write(json.readTree("{ \"b\": [ {\"z\":1, \"a\":2} ], \"a\": \"文\" }")))
                .isEqualTo("{\"a\":\"文\",\"b\":[{\"a\":2,\"z\":1}]}");
    }

    @Test
    void sameContentInAnyMemberOrderHashesTheSame() throws Exception {
        assertThat(hashOf("{\"title\":\"敦煌机场扩建\",\"category\":\"PROJECT\"}", 1, EventHash.GENESIS).digest())
                .isEqualTo(hashOf("{\"category\":\"PROJECT\",\"title\":\"敦煌机场扩建\"}", 1, EventHash.GENESIS).digest());
    }

    @Test
    void anyChangeOfContentPositionOrPredecessorChangesTheHash() throws Exception {
        String original = hashOf("{\"title\":\"敦煌机场扩建\"}", 1, EventHash.GENESIS).digest();
        assertThat(hashOf("{\"title\":\"敦煌机场改建\"}", 1, EventHash.GENESIS).digest()).isNotEqualTo(original);
        assertThat(hashOf("{\"title\":\"敦煌机场扩建\"}", 2, EventHash.GENESIS).digest()).isNotEqualTo(original);
        assertThat(hashOf("{\"title\":\"敦煌机场扩建\"}", 1, "1".repeat(64)).digest()).isNotEqualTo(original);
        assertThat(original).hasSize(64).matches("[0-9a-f]{64}");
    }

    @Test
    void canonicalFormNamesEveryHashedField() throws Exception {
        assertThat(hashOf("{}", 7, EventHash.GENESIS).canonicalForm()).isEqualTo(
                "{\"aggregateId\":\"m-1\",\"eventId\":\"e-1\",\"metadata\":{\"actorId\":\"assessor\"},\"payload\":{},"
                        + "\"position\":7,\"previousHash\":\"" + EventHash.GENESIS + "\",\"revision\":\"1\","
                        + "\"sequence\":0,\"timestamp\":\"2026-03-01T08:00:00Z\","
                        + "\"type\":\"org.wenping.kernel.matter.MatterRegisteredEvent\"}");
    }
}
