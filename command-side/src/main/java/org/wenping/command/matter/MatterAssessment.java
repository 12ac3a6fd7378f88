package org.wenping.command.matter;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.wenping.command.registry.ExpertPool;
import org.wenping.command.registry.PooledExpert;
import org.wenping.command.domain.Recorded;
import org.wenping.command.domain.BusinessDates;
import org.wenping.kernel.matter.AssessmentAgencyCommissionedEvent;
import org.wenping.kernel.matter.AssessmentPlanDraftedEvent;
import org.wenping.kernel.matter.AssessorMode;
import org.wenping.kernel.matter.DecisionMadeEvent;
import org.wenping.kernel.matter.DimensionAnalysedEvent;
import org.wenping.kernel.matter.FilingStage;
import org.wenping.kernel.matter.MatterClosedEvent;
import org.wenping.kernel.matter.MatterId;
import org.wenping.kernel.matter.MatterRegisteredEvent;
import org.wenping.kernel.matter.OpinionsCollectedEvent;
import org.wenping.kernel.matter.Procedure;
import org.wenping.kernel.matter.ProcedureEscalatedEvent;
import org.wenping.kernel.matter.ReassessmentOpenedEvent;
import org.wenping.kernel.matter.ReportCompiledEvent;
import org.wenping.kernel.matter.ReportFiledEvent;
import org.wenping.kernel.matter.ReportReviewedEvent;
import org.wenping.kernel.matter.ReviewConclusion;
import org.wenping.kernel.matter.RiskGradedEvent;
import org.wenping.kernel.matter.RiskLevel;
import org.wenping.kernel.registry.AgencyId;
import org.wenping.kernel.registry.ExpertId;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** The 评估 and 定级 stages of a matter: plan, opinions, analysis, grade, report and expert review. */
class MatterAssessment {
    private MatterId matterId;
    private MatterFacts facts;
    private AgencyId agency;
    private boolean open;
    private boolean closed;
    private RiskLevel grade;
    private boolean reportCompiled;
    private boolean reviewPassed;
    private boolean filedForReview;

    @CommandHandler
    long handle(DraftAssessmentPlanCommand command) {
        requireOpen("draftedOn", command.draftedOn());
        return Recorded.apply(new AssessmentPlanDraftedEvent(matterId, command.scope(), command.methods(), command.standards(),
                command.dueBy(), command.unitsInvolved(), command.draftedOn()));
    }

    @CommandHandler
    long handle(CollectOpinionsCommand command) {
        requireOpen("collectedOn", command.collectedOn());
        return Recorded.apply(new OpinionsCollectedEvent(matterId, command.method(), command.participants(),
                command.supportCount(), command.opposeCount(), command.summary(), command.collectedOn()));
    }

    @CommandHandler
    long handle(AnalyseDimensionCommand command) {
        requireOpen("analysedOn", command.analysedOn());
        return Recorded.apply(new DimensionAnalysedEvent(matterId, command.dimension(), command.findings(),
                command.riskFactors(), command.analysedOn()));
    }

    /** 定级; R3: a grade that is not low takes a matter under 简易程序 to 普通程序, in the same step. */
    @CommandHandler
    long handle(GradeRiskCommand command) {
        requireOpen("gradedOn", command.gradedOn());
        if (!command.level().belongsTo(facts.scheme())) throw new GradeNotInSchemeException(command.level(), facts.scheme());
        if (facts.assessorMode() == AssessorMode.THIRD_PARTY && agency == null) {
            throw ThirdPartyAgencyException.notCommissioned();
        }
        apply(new RiskGradedEvent(matterId, facts.scheme(), command.level(), command.reasons(), command.gradedOn()));
        if (facts.procedure() == Procedure.SIMPLIFIED && !command.level().isLow()) {
            apply(new ProcedureEscalatedEvent(matterId, Procedure.SIMPLIFIED, Procedure.STANDARD,
                    "定级为“" + command.level().label() + "”,简易程序仅适用于低风险事项(R3)", command.gradedOn()));
        }
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(CompileReportCommand command) {
        requireOpen("compiledOn", command.compiledOn());
        if (grade == null) throw StepOutOfOrderException.reportNotGraded();
        return Recorded.apply(new ReportCompiledEvent(matterId, command.title(), command.documentHash(), command.compiledOn()));
    }

    /** 组织评审; R5: every panel member is in the 专家库 of the matter's jurisdiction or above and free of conflicts with it. */
    @CommandHandler
    long handle(ReviewReportCommand command, ExpertPool experts) {
        requireOpen("reviewedOn", command.reviewedOn());
        if (!reportCompiled) throw StepOutOfOrderException.reportNotCompiled();
        List<PooledExpert> panel = new ArrayList<>();
        for (ExpertId id : command.panel()) {
            PooledExpert expert = experts.findExpert(id).filter(PooledExpert::inPool)
                    .orElseThrow(() -> new ExpertNotInPoolException(id));
            if (!expert.serves(facts.jurisdiction())) throw new ExpertOutsideJurisdictionException(expert);
            panel.add(expert);
        }
        List<Recusal.Conflict> conflicts = Recusal.conflicts(panel, matterId, facts.responsibleUnit(), agency);
        if (!conflicts.isEmpty()) throw new RecusalRequiredException(conflicts);
        return Recorded.apply(new ReportReviewedEvent(matterId, command.panel(), command.opinions(), command.conclusion(),
                command.reviewedOn()));
    }

    /** R1: what is still missing before the matter may be decided, if anything. */
    Optional<String> missingBeforeDecision() {
        if (grade == null) return Optional.of("定级");
        if (facts.procedure() == Procedure.SIMPLIFIED) return Optional.empty();
        if (!reportCompiled) return Optional.of("编制评估报告");
        if (!reviewPassed) return Optional.of("通过专家评审");
        if (!filedForReview) return Optional.of("向维稳办审查报备");
        return Optional.empty();
    }

    RiskLevel grade() {
        return grade;
    }

    /** Before the decision the 维稳办 receives a compiled report, under 普通/特殊程序 one that passed review. */
    void requireReadyForReviewFiling() {
        if (!reportCompiled) throw StepOutOfOrderException.reportNotCompiled();
        if (facts.procedure() != Procedure.SIMPLIFIED && !reviewPassed) throw StepOutOfOrderException.reportNotReviewed();
        if (filedForReview) throw StepOutOfOrderException.alreadyFiled();
    }

    private void requireOpen(String dateField, LocalDate businessDate) {
        if (closed) throw StepOutOfOrderException.closed();
        if (!open) throw StepOutOfOrderException.assessmentNotOpen();
        BusinessDates.requireNotInFuture(dateField, businessDate);
    }

    @EventSourcingHandler
    void on(MatterRegisteredEvent event) {
        matterId = event.matterId();
        facts = MatterFacts.of(event);
        open = true;
    }

    @EventSourcingHandler
    void on(ProcedureEscalatedEvent event) {
        facts = facts.withProcedure(event.to());
    }

    @EventSourcingHandler
    void on(AssessmentAgencyCommissionedEvent event) {
        agency = event.agencyId();
    }

    @EventSourcingHandler
    void on(RiskGradedEvent event) {
        grade = event.level();
        reportCompiled = reviewPassed = filedForReview = false;
    }

    @EventSourcingHandler
    void on(ReportCompiledEvent event) {
        reportCompiled = true;
        reviewPassed = filedForReview = false;
    }

    @EventSourcingHandler
    void on(ReportReviewedEvent event) {
        reviewPassed = event.conclusion() != ReviewConclusion.FAILED;
    }

    @EventSourcingHandler
    void on(ReportFiledEvent event) {
        if (event.stage() == FilingStage.REVIEW) filedForReview = true;
    }

    @EventSourcingHandler
    void on(DecisionMadeEvent event) {
        open = false;
    }

    @EventSourcingHandler
    void on(ReassessmentOpenedEvent event) {
        open = true;
        grade = null;
        reportCompiled = reviewPassed = filedForReview = false;
    }

    @EventSourcingHandler
    void on(MatterClosedEvent event) {
        closed = true;
    }
}
