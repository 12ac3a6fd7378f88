package org.wenping.command.registry;

import org.axonframework.messaging.MetaData;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;
import org.wenping.kernel.actor.Actor;
import org.wenping.kernel.actor.EventMetadata;
import org.wenping.kernel.actor.Role;
import org.wenping.kernel.jurisdiction.JurisdictionCode;
import org.wenping.kernel.registry.AgencyDeregisteredEvent;
import org.wenping.kernel.registry.AgencyId;
import org.wenping.kernel.registry.AgencyRegisteredEvent;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The registry of third-party assessment agencies (R4). */
class AgencyTest {
    private static final AgencyId ID = new AgencyId("agency-1");
    private static final JurisdictionCode JIUQUAN = new JurisdictionCode("620900");
    private static final LocalDate DAY = LocalDate.of(2026, 3, 1);
    private static final AgencyRegisteredEvent REGISTERED = new AgencyRegisteredEvent(ID, "甘肃某社会风险评估中心",
            "91620900MA71234567", JIUQUAN, DAY);
    private static final MetaData ADMIN = MetaData.from(EventMetadata.of(
            new Actor("admin", "管理员", Role.ADMIN, "市委政法委", JIUQUAN)));

    private final AggregateTestFixture<Agency> fixture = new AggregateTestFixture<>(Agency.class);

    @Test
    void anAdministratorRegistersAndStrikesOffAnAgency() {
        fixture.givenNoPriorActivity()
                .when(new RegisterAgencyCommand(ID, "甘肃某社会风险评估中心", "91620900MA71234567", JIUQUAN, DAY), ADMIN)
                .expectEvents(REGISTERED);
        fixture.given(REGISTERED)
                .when(new DeregisterAgencyCommand(ID, null, "评估报告弄虚作假", DAY), ADMIN)
                .expectEvents(new AgencyDeregisteredEvent(ID, "评估报告弄虚作假", DAY));
    }

    @Test
    void refusesToStrikeOffTwice() {
        fixture.given(REGISTERED, new AgencyDeregisteredEvent(ID, "弄虚作假", DAY))
                .when(new DeregisterAgencyCommand(ID, null, "再次", DAY), ADMIN)
                .expectNoEvents().expectException(RegistryEntryRetiredException.class);
    }

    @Test
    void replayTellsWhetherTheAgencyIsStillRegistered() {
        assertThat(RegisteredAgency.replay(List.of(REGISTERED)).orElseThrow().registered()).isTrue();
        assertThat(RegisteredAgency.replay(List.of(REGISTERED, new AgencyDeregisteredEvent(ID, "x", DAY)))
                .orElseThrow().registered()).isFalse();
    }
}
