package org.wenping.query.dossier;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.wenping.kernel.json.KernelJson;
import org.wenping.kernel.matter.AssessmentAgencyCommissionedEvent;
import org.wenping.kernel.matter.AssessmentPlanDraftedEvent;
import org.wenping.kernel.matter.ContingencyPlanPreparedEvent;
import org.wenping.kernel.matter.DecisionMadeEvent;
import org.wenping.kernel.matter.DimensionAnalysedEvent;
import org.wenping.kernel.matter.EventCorrectedEvent;
import org.wenping.kernel.matter.IncidentReportedEvent;
import org.wenping.kernel.matter.MatterClosedEvent;
import org.wenping.kernel.matter.MatterRegisteredEvent;
import org.wenping.kernel.matter.MitigationMeasureAdoptedEvent;
import org.wenping.kernel.matter.MitigationMeasureCompletedEvent;
import org.wenping.kernel.matter.OpinionsCollectedEvent;
import org.wenping.kernel.matter.ProcedureEscalatedEvent;
import org.wenping.kernel.matter.ReassessmentOpenedEvent;
import org.wenping.kernel.matter.ReportCompiledEvent;
import org.wenping.kernel.matter.ReportFiledEvent;
import org.wenping.kernel.matter.ReportReviewedEvent;
import org.wenping.kernel.matter.RiskGradedEvent;
import org.wenping.kernel.matter.TrackingReportSubmittedEvent;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Every event type of a matter's stream, by the simple name the history carries, and how to read a stored payload back. */
public final class MatterEventTypes {
    public static final List<Class<?>> ALL = List.of(MatterRegisteredEvent.class, AssessmentPlanDraftedEvent.class,
            AssessmentAgencyCommissionedEvent.class, OpinionsCollectedEvent.class, DimensionAnalysedEvent.class,
            RiskGradedEvent.class, ReportCompiledEvent.class, ReportReviewedEvent.class, ReportFiledEvent.class,
            DecisionMadeEvent.class, MitigationMeasureAdoptedEvent.class, MitigationMeasureCompletedEvent.class,
            ContingencyPlanPreparedEvent.class, TrackingReportSubmittedEvent.class, IncidentReportedEvent.class,
            ReassessmentOpenedEvent.class, MatterClosedEvent.class, EventCorrectedEvent.class,
            ProcedureEscalatedEvent.class);

    private static final Map<String, Class<?>> BY_NAME = ALL.stream()
            .collect(Collectors.toUnmodifiableMap(Class::getSimpleName, Function.identity()));
    private static final ObjectMapper JSON = KernelJson.newObjectMapper();

    private MatterEventTypes() {
    }

    /**
     * The typed event of a stored payload; empty for a type this reader does not know (a newer event) or a
     * payload that no longer reads, which the dossier then shows by its type alone.
     */
    public static Optional<Object> decode(String type, JsonNode payload) {
        Class<?> known = BY_NAME.get(type);
        if (known == null || payload == null) return Optional.empty();
        try {
            return Optional.of(JSON.treeToValue(payload, known));
        } catch (JsonProcessingException | IllegalArgumentException unreadable) {
            return Optional.empty();
        }
    }
}
