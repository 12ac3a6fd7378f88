package org.wenping.command.legalcase;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.wenping.kernel.legalcase.CaseClass;
import org.wenping.kernel.legalcase.CaseOpinionsCollectedEvent;
import org.wenping.kernel.legalcase.CaseRulingMadeEvent;
import org.wenping.kernel.legalcase.RulingKind;
import org.wenping.kernel.matter.OpinionMethod;

import java.util.List;

import static org.wenping.command.legalcase.GivenCase.*;
import static org.wenping.kernel.legalcase.ProceduralStage.ACCEPTANCE;

/** 凡绝大多数群众不理解、不支持的裁决,要慎之又慎: flagged on the ruling from the opinions on record, never refused. */
class UtmostCautionTest {

    @ParameterizedTest(name = "support {0}+{2}, oppose {1}+{3}: flagged {4}")
    @CsvSource({
            "0, 0, 0, 0, false",
            "10, 3, 0, 0, false",
            "5, 5, 0, 0, false",
            "3, 10, 0, 0, true",
            "8, 2, 1, 9, true",
            "8, 2, 4, 9, false"})
    void aRulingMostOfThoseHeardDoNotSupportIsFlaggedNotRefused(int support1, int oppose1, int support2, int oppose2,
                                                                 boolean flagged) {
        List<Object> events = history(listed(CaseClass.PUBLIC_CONCERN), List.of(
                new CaseOpinionsCollectedEvent(ID, OpinionMethod.SYMPOSIUM, support1, oppose1, "座谈会", DAY),
                new CaseOpinionsCollectedEvent(ID, OpinionMethod.VISIT, support2, oppose2, "走访", DAY)));
        events.addAll(resolvedIn(ACCEPTANCE));
        fixture().given(events)
                .when(new RuleOnCaseCommand(ID, null, RulingKind.JUDGMENT, "判决", DAY), as(ORGAN_HEAD))
                .expectEvents(new CaseRulingMadeEvent(ID, RulingKind.JUDGMENT, "判决", ACCEPTANCE, flagged, DAY));
    }
}
