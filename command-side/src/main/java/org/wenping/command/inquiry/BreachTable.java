package org.wenping.command.inquiry;

import org.wenping.kernel.inquiry.Breach;

/**
 * What each breach asks of a finding, as one switch per question.
 *
 * <p>A breach of <em>omission</em> is a duty not done: what it cites is the gap (the decision taken unassessed, the
 * measure never reported carried out, the filing that never came), recorded by others or by no one, so the person
 * need not have recorded a cited event, only have acted somewhere in the subject's record, which gives their part in
 * it. Every other breach is an act on record, and the person must have recorded one of the events cited.
 *
 * <p>A <em>deliberate</em> breach (falsifying, concealing) is never lightened: 酌情减轻 is for those who assessed and
 * carried out the measures honestly and still met an incident (seed 004 篇3), and a falsified record shows neither.
 */
final class BreachTable {
    private BreachTable() {
    }

    static boolean byOmission(Breach breach) {
        return switch (breach) {
            case NOT_ASSESSED, MITIGATION_NOT_CARRIED_OUT, MISSED_REPORT, CONCEALMENT -> true;
            case ASSESSMENT_IGNORED, FORMALISM, FALSIFICATION, LATE_REPORT, CONCEALED_REPORT -> false;
        };
    }

    static boolean deliberate(Breach breach) {
        return switch (breach) {
            case FALSIFICATION, CONCEALMENT, CONCEALED_REPORT -> true;
            case NOT_ASSESSED, ASSESSMENT_IGNORED, FORMALISM, MITIGATION_NOT_CARRIED_OUT, LATE_REPORT,
                 MISSED_REPORT -> false;
        };
    }
}
