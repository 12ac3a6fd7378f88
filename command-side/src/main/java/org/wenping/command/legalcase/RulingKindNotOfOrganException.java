package org.wenping.command.legalcase;

import org.wenping.command.domain.CommandRefusedException;
import org.wenping.kernel.legalcase.Organ;
import org.wenping.kernel.legalcase.RulingKind;

/** A ruling is of a kind the case's organ issues: a court judges, a procuratorate decides not to prosecute … */
class RulingKindNotOfOrganException extends CommandRefusedException {
    RulingKindNotOfOrganException(RulingKind kind, Organ organ) {
        super("RULING_KIND_NOT_OF_ORGAN", Kind.UNPROCESSABLE, "kind",
                organ.label() + "不作出“" + kind.label() + "”");
    }
}
