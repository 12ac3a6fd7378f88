package org.wenping.ops.demo;

import org.wenping.command.matter.GradeRiskCommand;
import org.wenping.command.matter.MakeDecisionCommand;
import org.wenping.command.matter.OpenReassessmentCommand;
import org.wenping.command.matter.RecordFilingCommand;
import org.wenping.command.matter.RegisterMatterCommand;
import org.wenping.command.matter.ReportIncidentCommand;
import org.wenping.kernel.matter.MatterId;
import org.wenping.kernel.reports.ReportFigure;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An act of a demo matter that a monthly report counts, as the read side counts it: under a figure, on a date, by
 * a key (the matter, or each incident on its own).
 */
record DemoAct(String unit, ReportFigure figure, LocalDate on, String key) {

    /** The countable acts of the year's matter steps, in order; {@code units} gives each matter's unit. */
    static List<DemoAct> of(List<DemoStep> steps, Map<MatterId, String> units) {
        List<DemoAct> acts = new ArrayList<>();
        Set<MatterId> decided = new HashSet<>();
        int incidents = 0;
        for (DemoStep step : steps) {
            Object command = step.command();
            if (command instanceof RegisterMatterCommand c) {
                acts.add(new DemoAct(units.get(c.matterId()), ReportFigure.MATTERS_REGISTERED, c.registeredOn(), c.matterId().value()));
            } else if (command instanceof GradeRiskCommand c) {
                acts.add(new DemoAct(units.get(c.matterId()), ReportFigure.MATTERS_GRADED, c.gradedOn(), c.matterId().value()));
            } else if (command instanceof MakeDecisionCommand c) {
                decided.add(c.matterId());
                acts.add(new DemoAct(units.get(c.matterId()), ReportFigure.DECISIONS_MADE, c.decidedOn(), c.matterId().value()));
            } else if (command instanceof OpenReassessmentCommand c) {
                decided.remove(c.matterId());
            } else if (command instanceof RecordFilingCommand c && decided.contains(c.matterId())) {
                acts.add(new DemoAct(units.get(c.matterId()), ReportFigure.DECISIONS_FILED, c.filedOn(), c.matterId().value()));
            } else if (command instanceof ReportIncidentCommand c) {
                acts.add(new DemoAct(units.get(c.matterId()), ReportFigure.INCIDENTS_REPORTED, c.occurredOn(),
                        c.matterId().value() + "#" + ++incidents));
            }
        }
        return acts;
    }
}
