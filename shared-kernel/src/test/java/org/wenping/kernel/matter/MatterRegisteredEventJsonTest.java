package org.wenping.kernel.matter;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.wenping.kernel.json.KernelJson;
import org.wenping.kernel.jurisdiction.JurisdictionCode;
import org.wenping.kernel.lists.AssessmentListId;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** The list components joined revision 1 as optional ones: events stored before them still read. */
class MatterRegisteredEventJsonTest {
    private static final ObjectMapper JSON = KernelJson.newObjectMapper();

    @Test
    void aRevisionOneEventFromBeforeTheListsReadsAsRegisteredOffTheListWithNoReason() throws IOException {
        try (InputStream stored = getClass().getResourceAsStream("/events/MatterRegisteredEvent-1-before-lists.json")) {
            MatterRegisteredEvent event = JSON.readValue(stored, MatterRegisteredEvent.class);
            assertThat(event).isEqualTo(new MatterRegisteredEvent(new MatterId("m-airport"), "敦煌机场扩建项目",
                    MatterCategory.PROJECT, "交通", "市发改委", "市政府常务会议", new JurisdictionCode("620982"),
                    Procedure.STANDARD, AssessorMode.THIRD_PARTY, GradingScheme.THREE_LEVEL, LocalDate.of(2026, 2, 2)));
            assertThat(event.listId()).isNull();
            assertThat(event.offListReason()).isNull();
        }
    }

    @Test
    void aMatterRegisteredAgainstAListItemKeepsItThroughJson() throws IOException {
        AssessmentListId list = AssessmentListId.of(new JurisdictionCode("620982"), "市发改委", 2026);
        MatterRegisteredEvent event = new MatterRegisteredEvent(new MatterId("m-airport"), "敦煌机场扩建项目",
                MatterCategory.PROJECT, "交通", "市发改委", "市政府常务会议", new JurisdictionCode("620982"),
                Procedure.STANDARD, AssessorMode.THIRD_PARTY, GradingScheme.THREE_LEVEL, LocalDate.of(2026, 2, 2),
                list, 3, null);
        assertThat(JSON.readValue(JSON.writeValueAsString(event), MatterRegisteredEvent.class)).isEqualTo(event);
    }
}
