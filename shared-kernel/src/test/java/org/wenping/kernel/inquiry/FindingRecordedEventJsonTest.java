package org.wenping.kernel.inquiry;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.wenping.kernel.json.KernelJson;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A finding keeps its roles and evidence, in order, through the stored JSON. */
class FindingRecordedEventJsonTest {
    private static final ObjectMapper JSON = KernelJson.newObjectMapper();

    @Test
    void aFindingReadsBackAsItWasWritten() throws IOException {
        FindingRecordedEvent finding = new FindingRecordedEvent(new InquiryId("inq-1"), "f-1", "decider", "王决策",
                "市政府", List.of(RecordRole.DECIDED, RecordRole.FILED), Responsibility.PRINCIPAL,
                Breach.ASSESSMENT_IGNORED, List.of(7L, 9L), true, "事先经过风险评估,化解措施均已落实", "决策未采纳评估结论",
                LocalDate.of(2026, 5, 4));

        String stored = JSON.writeValueAsString(finding);

        assertThat(JSON.readValue(stored, FindingRecordedEvent.class)).isEqualTo(finding);
        assertThat(stored).contains("\"evidence\":[7,9]").contains("\"roles\":[\"DECIDED\",\"FILED\"]");
    }
}
