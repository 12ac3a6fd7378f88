package org.wenping.query.stats;

import org.wenping.query.matter.DecisionFiling;
import org.wenping.query.matter.MatterStage;
import org.wenping.query.matter.MatterStatusView;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * What one matter adds to the statistics: the cell it falls in (its 行政区划 and year of 立项), a count for each
 * figure and the groups it is named in. A cell is the sum of its matters' figures, so a changed view moves its
 * cell by the difference of the two.
 */
record MatterFigures(String jurisdiction, int year, List<Count> counts, List<Flagged> flags) {
    static MatterFigures of(MatterStatusView view) {
        List<Count> counts = new ArrayList<>(List.of(
                Count.number(Figure.TOTAL, 1),
                Count.one(Figure.MONTH, YearMonth.from(view.registration().registeredOn()).toString()),
                Count.one(Figure.UNIT, view.facts().responsibleUnit()),
                Count.one(Figure.STAGE, view.progress().stage().name()),
                Count.one(Figure.CATEGORY, view.facts().category()),
                Count.one(Figure.RISK_LEVEL, view.assessment().riskLevel()),
                Count.one(Figure.PROCEDURE, view.assessment().procedure()),
                Count.one(Figure.DECISION, view.decision().code())));
        if (StatsLabels.POLICY_TYPE.contains(view.facts().category())) counts.add(Count.number(Figure.POLICY_TYPE, 1));
        if (StatsLabels.THIRD_PARTY.equals(view.assessment().assessorMode())) counts.add(Count.number(Figure.THIRD_PARTY, 1));
        int incidents = view.tracking().incidentsAfterDecision();
        if (incidents > 0) counts.add(Count.number(Figure.INCIDENTS, incidents));
        return new MatterFigures(view.facts().jurisdiction(), view.registration().registeredOn().getYear(),
                List.copyOf(counts), flags(view));
    }

    String cellId() {
        return MatterCell.idOf(jurisdiction, year);
    }

    private static List<Flagged> flags(MatterStatusView view) {
        List<Flagged> flags = new ArrayList<>();
        DecisionFiling filing = view.decision().filing();
        if (filing.filingDeadline() != null && filing.decisionFiledOn() == null) {
            flags.add(new Flagged(Flag.UNFILED, view.id(), filing.filingDeadline()));
        }
        if (filing.decisionFiledLate()) flags.add(flagged(Flag.LATE_FILING, view));
        if (view.decision().assessmentNotUsed()) flags.add(flagged(Flag.ASSESSMENT_NOT_USED, view));
        if (hasOpenRisk(view)) flags.add(flagged(Flag.OPEN_RISK, view));
        if (view.tracking().incidentsAfterDecision() > 0) flags.add(flagged(Flag.INCIDENT, view));
        return List.copyOf(flags);
    }

    static boolean hasOpenRisk(MatterStatusView view) {
        MatterStage stage = view.progress().stage();
        boolean tracked = stage == MatterStage.TRACKING || stage == MatterStage.REASSESSING;
        return tracked && (view.tracking().openMeasures() > 0 || view.tracking().incidents() > 0);
    }

    private static Flagged flagged(Flag flag, MatterStatusView view) {
        return new Flagged(flag, view.id(), null);
    }
}
