package org.wenping.command.legalcase;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.wenping.command.domain.BusinessDates;
import org.wenping.command.domain.Recorded;
import org.wenping.kernel.legalcase.CaseClosedEvent;
import org.wenping.kernel.legalcase.CaseDimension;
import org.wenping.kernel.legalcase.CaseDimensionAssessedEvent;
import org.wenping.kernel.legalcase.CaseId;
import org.wenping.kernel.legalcase.CaseListedEvent;
import org.wenping.kernel.legalcase.CaseMeasureAdoptedEvent;
import org.wenping.kernel.legalcase.CaseMeasureCompletedEvent;
import org.wenping.kernel.legalcase.CaseOpinionsCollectedEvent;
import org.wenping.kernel.legalcase.CaseReportCompiledEvent;
import org.wenping.kernel.legalcase.CaseRiskGradedEvent;
import org.wenping.kernel.legalcase.CaseRiskResolvedEvent;
import org.wenping.kernel.legalcase.CaseStageChangedEvent;
import org.wenping.kernel.legalcase.ProceduralStage;
import org.wenping.kernel.matter.GradingScheme;
import org.wenping.kernel.matter.RiskLevel;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The assessment of a case, stage by stage (seed 004 篇4, 四、工作程序): the three dimensions, then the grade, the
 * report with its 预防处置工作方案, the measures and the resolution. A stage change starts the stage's assessment
 * anew; measures and opinions stay with the case across stages.
 */
class CaseAssessment {
    private CaseId caseId;
    private GradingScheme scheme;
    private ProceduralStage stage;
    private boolean closed;
    private boolean underAssessment;
    private OpinionTally opinions = OpinionTally.NONE;
    private Set<CaseDimension> assessed = EnumSet.noneOf(CaseDimension.class);
    private RiskLevel grade;
    private boolean reported;
    private boolean resolved;
    /** Adopted measures by id: whether each was carried out. */
    private Map<String, Boolean> measuresCompleted = new HashMap<>();

    @CommandHandler
    long handle(AssessCaseDimensionCommand command) {
        requireOpen("assessedOn", command.assessedOn());
        return Recorded.apply(new CaseDimensionAssessedEvent(caseId, command.dimension(), command.findings(),
                command.predictedForms(), command.assessedOn()));
    }

    @CommandHandler
    long handle(CollectCaseOpinionsCommand command) {
        requireOpen("collectedOn", command.collectedOn());
        return Recorded.apply(new CaseOpinionsCollectedEvent(caseId, command.method(), command.supportCount(),
                command.opposeCount(), command.summary(), command.collectedOn()));
    }

    /** 定级 once all three dimensions of the stage are assessed, in the scheme recorded at listing. */
    @CommandHandler
    long handle(GradeCaseRiskCommand command) {
        requireOpen("gradedOn", command.gradedOn());
        if (assessed.size() < CaseDimension.values().length) {
            throw CaseStepOutOfOrderException.dimensionsMissing(EnumSet.complementOf(EnumSet.copyOf(assessed)).stream()
                    .map(CaseDimension::label).collect(Collectors.joining("、")));
        }
        if (!command.level().belongsTo(scheme)) throw new CaseGradeNotInSchemeException(command.level(), scheme);
        return Recorded.apply(new CaseRiskGradedEvent(caseId, scheme, command.level(), command.reasons(),
                command.gradedOn()));
    }

    @CommandHandler
    long handle(AdoptCaseMeasureCommand command) {
        requireOpen("adoptedOn", command.adoptedOn());
        if (!reported) throw CaseStepOutOfOrderException.reportMissing();
        return Recorded.apply(new CaseMeasureAdoptedEvent(caseId, command.measureId(), command.description(),
                command.responsibleUnit(), command.responsiblePerson(), command.dueBy(), command.adoptedOn()));
    }

    @CommandHandler
    long handle(CompleteCaseMeasureCommand command) {
        requireOpen("completedOn", command.completedOn());
        Boolean completed = measuresCompleted.get(command.measureId());
        if (completed == null) throw CaseStepOutOfOrderException.unknownMeasure(command.measureId());
        if (completed) throw CaseStepOutOfOrderException.measureAlreadyCompleted(command.measureId());
        return Recorded.apply(new CaseMeasureCompletedEvent(caseId, command.measureId(), command.outcome(),
                command.completedOn()));
    }

    /** 化解稳定风险: once the stage's report is compiled and every measure adopted for the case is carried out. */
    @CommandHandler
    long handle(ResolveCaseRiskCommand command) {
        requireOpen("resolvedOn", command.resolvedOn());
        if (!reported) throw CaseStepOutOfOrderException.reportMissing();
        requireNoOpenMeasures();
        return Recorded.apply(new CaseRiskResolvedEvent(caseId, stage, command.summary(), command.resolvedOn()));
    }

    AssessmentProgress progress() {
        if (resolved) return AssessmentProgress.RESOLVED;
        if (grade != null) return AssessmentProgress.GRADED;
        return assessed.isEmpty() ? AssessmentProgress.NONE : AssessmentProgress.ASSESSING;
    }

    /** Whether the case's risk was ever assessed, in any stage; a 重大疑难复杂 case is from its listing on. */
    boolean underAssessment() {
        return underAssessment;
    }

    OpinionTally opinions() {
        return opinions;
    }

    void requireNoOpenMeasures() {
        long open = openMeasures();
        if (open > 0) throw CaseStepOutOfOrderException.measuresOpen(open);
    }

    private long openMeasures() {
        return measuresCompleted.values().stream().filter(completed -> !completed).count();
    }

    private void requireOpen(String dateField, LocalDate businessDate) {
        if (closed) throw CaseStepOutOfOrderException.closed();
        BusinessDates.requireNotInFuture(dateField, businessDate);
    }

    @EventSourcingHandler
    void on(CaseListedEvent event) {
        caseId = event.caseId();
        scheme = event.gradingScheme();
        stage = event.stage();
        underAssessment = event.caseClass().assessedFromAcceptance();
    }

    @EventSourcingHandler
    void on(CaseDimensionAssessedEvent event) {
        assessed.add(event.dimension());
        underAssessment = true;
    }

    @EventSourcingHandler
    void on(CaseOpinionsCollectedEvent event) {
        opinions = opinions.add(event.supportCount(), event.opposeCount());
    }

    /** A new grade is a new appraisal of the risk: any earlier resolution of the stage no longer holds. */
    @EventSourcingHandler
    void on(CaseRiskGradedEvent event) {
        grade = event.level();
        resolved = false;
    }

    @EventSourcingHandler
    void on(CaseReportCompiledEvent event) {
        reported = true;
    }

    /** A measure adopted after the resolution re-opens the risk it addresses. */
    @EventSourcingHandler
    void on(CaseMeasureAdoptedEvent event) {
        measuresCompleted.put(event.measureId(), false);
        resolved = false;
    }

    @EventSourcingHandler
    void on(CaseMeasureCompletedEvent event) {
        measuresCompleted.put(event.measureId(), true);
    }

    @EventSourcingHandler
    void on(CaseRiskResolvedEvent event) {
        resolved = true;
    }

    @EventSourcingHandler
    void on(CaseStageChangedEvent event) {
        stage = event.to();
        assessed = EnumSet.noneOf(CaseDimension.class);
        grade = null;
        reported = resolved = false;
    }

    @EventSourcingHandler
    void on(CaseClosedEvent event) {
        closed = true;
    }
}
