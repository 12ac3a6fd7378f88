package org.wenping.ops.bench;

import org.wenping.kernel.legalcase.CaseClass;
import org.wenping.kernel.legalcase.Organ;

import java.util.List;
import java.util.Random;

/**
 * How a generated case runs, the paths of the demo year's cases drawn in the province's proportions: most are
 * assessed, resolved, ruled and closed; a quarter are ruled without an assessment; the rest stay held back by R8, are
 * ruled 慎之又慎, or (at a court) are ruled, re-opened by the 执行 stage and ruled again.
 */
enum ScaleCaseFate {
    /** Assessed, its measures carried out and the risk resolved before the ruling (R8), then closed. */
    RESOLVED_THEN_RULED,
    /** Assessed and graded, a measure still open: R8 holds its ruling back. */
    STILL_HELD_BACK,
    /** A court's judgment, then 执行 re-opens the assessment; resolved and ruled again, then closed. */
    STAGE_REOPENED,
    /** Not a 重大疑难复杂 case and never assessed: ruled (R8 does not reach it) and closed. */
    RULED_UNASSESSED,
    /** Most of those heard oppose the handling: the ruling is flagged 慎之又慎. */
    UTMOST_CAUTION;

    private static final List<CaseClass> NOT_MAJOR = List.of(CaseClass.SEIZURE_AND_FREEZE, CaseClass.PUBLIC_CONCERN,
            CaseClass.OFFICER_MISCONDUCT);

    /** 40 % resolved then ruled, 25 % unassessed, 15 % held back, 10 % 慎之又慎, 10 % re-opened (resolved elsewhere). */
    static ScaleCaseFate draw(Organ organ, Random random) {
        int roll = random.nextInt(20);
        if (roll < 8) return RESOLVED_THEN_RULED;
        if (roll < 13) return RULED_UNASSESSED;
        if (roll < 16) return STILL_HELD_BACK;
        if (roll < 18) return UTMOST_CAUTION;
        return organ == Organ.COURT ? STAGE_REOPENED : RESOLVED_THEN_RULED;
    }

    /** A class the path admits: only a case outside 重大疑难复杂 may be ruled unassessed. */
    CaseClass caseClass(Random random) {
        return switch (this) {
            case RULED_UNASSESSED -> NOT_MAJOR.get(random.nextInt(NOT_MAJOR.size()));
            case STAGE_REOPENED, UTMOST_CAUTION ->
                    random.nextBoolean() ? CaseClass.MAJOR_DIFFICULT_COMPLEX : CaseClass.PUBLIC_CONCERN;
            default -> CaseClass.values()[random.nextInt(CaseClass.values().length)];
        };
    }
}
