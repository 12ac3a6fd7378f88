package org.wenping.command.legalcase;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.wenping.command.domain.RoleNotPermittedException;
import org.wenping.kernel.actor.Role;
import org.wenping.kernel.legalcase.CaseClass;
import org.wenping.kernel.legalcase.CaseClosedEvent;
import org.wenping.kernel.legalcase.CaseRulingMadeEvent;
import org.wenping.kernel.legalcase.PersonalDataErasedEvent;
import org.wenping.kernel.legalcase.PersonalDataRestrictedEvent;
import org.wenping.kernel.legalcase.RulingKind;

import java.util.List;

import static org.wenping.command.legalcase.GivenCase.*;
import static org.wenping.kernel.legalcase.ProceduralStage.ACCEPTANCE;

/**
 * Erasure of a 涉案人员's data on its legal ground (PIPL Art. 47), or its restriction where a retention duty forbids
 * erasure: ordered by the 主要领导 alone, for a person of the case, also after closure.
 */
class CasePersonalDataTest {
    private static final String GROUND = "个人信息保护法第四十七条第一款第(一)项";
    private static final String RETENTION = "个人信息保护法第四十七条第二款:档案保管期限未届满";

    private AggregateTestFixture<LegalCase> fixture;

    @BeforeEach
    void setUp() {
        fixture = fixture();
    }

    private static List<Object> closedCase() {
        return history(listed(CaseClass.PUBLIC_CONCERN), List.of(
                new CaseRulingMadeEvent(ID, RulingKind.JUDGMENT, "判决", ACCEPTANCE, false, DAY),
                new CaseClosedEvent(ID, "结案", DAY)));
    }

    @Test
    void theOrganHeadErasesAPersonsDataAfterClosure() {
        fixture.given(closedCase())
                .when(new ErasePersonalDataCommand(ID, null, PERSON.keyId(), GROUND, DAY), as(ORGAN_HEAD))
                .expectEvents(new PersonalDataErasedEvent(ID, PERSON.keyId(), GROUND, DAY));
    }

    @Test
    void theOrganHeadRestrictsInsteadWhereRetentionForbidsErasure() {
        fixture.given(closedCase())
                .when(new RestrictPersonalDataCommand(ID, null, PERSON.keyId(), RETENTION, Role.INSPECTOR, DAY),
                        as(ORGAN_HEAD))
                .expectEvents(new PersonalDataRestrictedEvent(ID, PERSON.keyId(), RETENTION, Role.INSPECTOR, DAY));
    }

    @Test
    void theHandlerDoesNotErase() {
        fixture.given(closedCase())
                .when(new ErasePersonalDataCommand(ID, null, PERSON.keyId(), GROUND, DAY), as(HANDLER))
                .expectNoEvents()
                .expectException(RoleNotPermittedException.class);
    }

    @Test
    void onlyAPersonOfTheCaseIsErased() {
        fixture.given(closedCase())
                .when(new ErasePersonalDataCommand(ID, null, "c-other-p1", GROUND, DAY), as(ORGAN_HEAD))
                .expectNoEvents()
                .expectException(refusedWith("CASE_PERSON_UNKNOWN"));
    }

    @Test
    void erasedDataIsNeitherErasedAgainNorRestricted() {
        List<Object> erased = closedCase();
        erased.add(new PersonalDataErasedEvent(ID, PERSON.keyId(), GROUND, DAY));
        fixture.given(erased)
                .when(new ErasePersonalDataCommand(ID, null, PERSON.keyId(), GROUND, DAY), as(ORGAN_HEAD))
                .expectNoEvents()
                .expectException(refusedWith("PERSONAL_DATA_ALREADY_ERASED"));
        fixture.given(erased)
                .when(new RestrictPersonalDataCommand(ID, null, PERSON.keyId(), RETENTION, Role.INSPECTOR, DAY),
                        as(ORGAN_HEAD))
                .expectNoEvents()
                .expectException(refusedWith("PERSONAL_DATA_ALREADY_ERASED"));
    }

    @Test
    void restrictedDataStaysReadableOnlyByARoleThatReadsPersonalData() {
        fixture.given(closedCase())
                .when(new RestrictPersonalDataCommand(ID, null, PERSON.keyId(), RETENTION, Role.EXPERT, DAY),
                        as(ORGAN_HEAD))
                .expectNoEvents()
                .expectException(refusedWith("RESTRICTION_ROLE_CANNOT_READ"));
    }
}
