package org.wenping.command.registry;

import org.axonframework.messaging.MetaData;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.wenping.command.domain.OutsideJurisdictionException;
import org.wenping.command.domain.ReferenceOutsideJurisdictionException;
import org.wenping.command.domain.UnknownReferenceException;
import org.wenping.command.domain.RoleNotPermittedException;
import org.wenping.kernel.actor.Actor;
import org.wenping.kernel.actor.EventMetadata;
import org.wenping.kernel.actor.Role;
import org.wenping.kernel.jurisdiction.JurisdictionCode;
import org.wenping.kernel.matter.MatterId;
import org.wenping.kernel.registry.AgencyId;
import org.wenping.kernel.registry.ExpertAffiliationsChangedEvent;
import org.wenping.kernel.registry.ExpertId;
import org.wenping.kernel.registry.ExpertInterestDeclaredEvent;
import org.wenping.kernel.registry.ExpertRegisteredEvent;
import org.wenping.kernel.registry.ExpertRemovedEvent;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The 专家库 is kept by the 维稳办 and administrators, inside their jurisdiction; R5 reads it back by replay. */
class ExpertTest {
    private static final ExpertId ID = new ExpertId("expert-1");
    private static final JurisdictionCode JIUQUAN = new JurisdictionCode("620900");
    private static final LocalDate DAY = LocalDate.of(2026, 3, 1);
    private static final JurisdictionCode DUNHUANG = new JurisdictionCode("620982");
    private static final MatterId MATTER = new MatterId("m-airport");
    private static final MatterId LANZHOU_MATTER = new MatterId("m-lanzhou");
    private static final AgencyId AGENCY = new AgencyId("agency-1");
    private static final ExpertRegisteredEvent REGISTERED = new ExpertRegisteredEvent(ID, "王专家", "社会学",
            List.of("兰州大学"), List.of(new AgencyId("agency-1")), JIUQUAN, DAY);

    private AggregateTestFixture<Expert> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Expert.class);
        fixture.registerInjectableResource((AgencyRegistry) id -> id.equals(AGENCY)
                ? Optional.of(new RegisteredAgency(AGENCY, "评估中心", JIUQUAN, true)) : Optional.empty());
        fixture.registerInjectableResource((MatterJurisdictions) id -> id.equals(MATTER) ? Optional.of(DUNHUANG)
                : id.equals(LANZHOU_MATTER) ? Optional.of(new JurisdictionCode("620100")) : Optional.empty());
    }

    private static MetaData as(Role role, String jurisdiction) {
        return MetaData.from(EventMetadata.of(new Actor("u", "用户", role, "市委维稳办", new JurisdictionCode(jurisdiction))));
    }

    private static RegisterExpertCommand register() {
        return new RegisterExpertCommand(ID, "王专家", "社会学", List.of("兰州大学"), List.of(new AgencyId("agency-1")),
                JIUQUAN, DAY);
    }

    @Test
    void theSupervisorEntersAnExpertIntoThePool() {
        fixture.givenNoPriorActivity().when(register(), as(Role.SUPERVISOR, "620900")).expectEvents(REGISTERED);
    }

    @Test
    void refusesAnAssessorKeepingThePool() {
        fixture.givenNoPriorActivity().when(register(), as(Role.ASSESSOR, "620900"))
                .expectNoEvents().expectException(RoleNotPermittedException.class);
    }

    @Test
    void refusesAnAdministratorOfAnotherJurisdiction() {
        fixture.givenNoPriorActivity().when(register(), as(Role.ADMIN, "620100"))
                .expectNoEvents().expectException(OutsideJurisdictionException.class);
    }

    @Test
    void recordsADeclaredInterest() {
        fixture.given(REGISTERED)
                .when(new DeclareExpertInterestCommand(ID, null, MATTER, "亲属为被征地户", DAY), as(Role.ADMIN, "620900"))
                .expectEvents(new ExpertInterestDeclaredEvent(ID, MATTER, "亲属为被征地户", DAY))
                .expectResultMessagePayload(1L);
    }

    @Test
    void refusesAnInterestInAMatterNeverRegistered() {
        fixture.given(REGISTERED)
                .when(new DeclareExpertInterestCommand(ID, null, new MatterId("m-none"), "亲属", DAY), as(Role.ADMIN, "620900"))
                .expectNoEvents().expectException(UnknownReferenceException.class);
    }

    @Test
    void refusesAnInterestInAMatterOutsideThePoolsJurisdiction() {
        fixture.given(REGISTERED)
                .when(new DeclareExpertInterestCommand(ID, null, LANZHOU_MATTER, "亲属", DAY), as(Role.ADMIN, "620900"))
                .expectNoEvents().expectException(ReferenceOutsideJurisdictionException.class);
    }

    @Test
    void refusesAnAffiliationWithAnAgencyNeverRegistered() {
        fixture.givenNoPriorActivity()
                .when(new RegisterExpertCommand(ID, "王专家", "社会学", List.of(), List.of(new AgencyId("agency-none")),
                        JIUQUAN, DAY), as(Role.SUPERVISOR, "620900"))
                .expectNoEvents().expectException(UnknownReferenceException.class);
        fixture.given(REGISTERED)
                .when(new ChangeExpertAffiliationsCommand(ID, null, List.of(), List.of(new AgencyId("agency-none")), DAY),
                        as(Role.SUPERVISOR, "620900"))
                .expectNoEvents().expectException(UnknownReferenceException.class);
    }

    @Test
    void changesAffiliationsToRegisteredAgencies() {
        fixture.given(REGISTERED)
                .when(new ChangeExpertAffiliationsCommand(ID, null, List.of("西北师范大学"), List.of(AGENCY), DAY),
                        as(Role.SUPERVISOR, "620900"))
                .expectEvents(new ExpertAffiliationsChangedEvent(ID, List.of("西北师范大学"), List.of(AGENCY), DAY));
    }

    @Test
    void aRemovedExpertTakesNoFurtherChanges() {
        fixture.given(REGISTERED, new ExpertRemovedEvent(ID, "退休", DAY))
                .when(new DeclareExpertInterestCommand(ID, null, MATTER, "亲属", DAY), as(Role.ADMIN, "620900"))
                .expectNoEvents().expectException(RegistryEntryRetiredException.class);
    }

    @Test
    void replayGivesWhatRecusalNeeds() {
        PooledExpert expert = PooledExpert.replay(List.of(REGISTERED,
                new ExpertInterestDeclaredEvent(ID, MATTER, "亲属", DAY), new ExpertRemovedEvent(ID, "退休", DAY))).orElseThrow();
        assertThat(expert.affiliatedUnits()).containsExactly("兰州大学");
        assertThat(expert.affiliatedAgencies()).containsExactly(new AgencyId("agency-1"));
        assertThat(expert.declaredInterests()).containsExactly(MATTER);
        assertThat(expert.inPool()).isFalse();
        assertThat(PooledExpert.replay(List.of())).isEmpty();
    }
}
