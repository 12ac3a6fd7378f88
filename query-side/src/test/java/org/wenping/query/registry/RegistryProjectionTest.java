package org.wenping.query.registry;

import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.wenping.kernel.actor.Actor;
import org.wenping.kernel.actor.Role;
import org.wenping.kernel.jurisdiction.JurisdictionCode;
import org.wenping.kernel.matter.MatterId;
import org.wenping.kernel.registry.AgencyDeregisteredEvent;
import org.wenping.kernel.registry.AgencyId;
import org.wenping.kernel.registry.AgencyRegisteredEvent;
import org.wenping.kernel.registry.ExpertAffiliationsChangedEvent;
import org.wenping.kernel.registry.ExpertId;
import org.wenping.kernel.registry.ExpertInterestDeclaredEvent;
import org.wenping.kernel.registry.ExpertRegisteredEvent;
import org.wenping.kernel.registry.ExpertRemovedEvent;
import org.wenping.kernel.registry.AgencyEvent;
import org.wenping.kernel.registry.ExpertEvent;
import org.wenping.query.readmodel.ReadModels;
import org.wenping.query.web.QueryRefusedException;
import org.wenping.query.testing.RecordingMongo;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The registries' read model: each event's effect, idempotence, paging and scope, and reads served by {@code _id} alone. */
class RegistryProjectionTest {
    private static final LocalDate DAY = LocalDate.of(2026, 1, 5);
    private static final Instant AT = Instant.parse("2026-01-05T02:00:00Z");
    private static final AgencyId SILK_ROAD = new AgencyId("agency-silk-road");
    private static final ExpertId ZHOU = new ExpertId("expert-zhou");
    private static final Actor JIUQUAN = new Actor("supervisor", "王维稳", Role.SUPERVISOR, "市委维稳办",
            new JurisdictionCode("620900"));
    private static final Actor LANZHOU = new Actor("lz", "兰督查", Role.INSPECTOR, "兰州市纪委", new JurisdictionCode("620100"));

    private final RecordingMongo mongo = new RecordingMongo();
    private RegistryReadModel model;
    private RegistryProjection projection;

    @BeforeEach
    void start() {
        model = new RegistryReadModel(new ReadModels(mongo.database()));
        projection = new RegistryProjection(model);
    }

    @AfterEach
    void stop() {
        mongo.close();
    }

    private void project(long sequence, AgencyEvent event) {
        DefaultUnitOfWork.startAndGet(null).execute(() -> projection.on(event, sequence, AT));
    }

    private void project(long sequence, ExpertEvent event) {
        DefaultUnitOfWork.startAndGet(null).execute(() -> projection.on(event, sequence, AT));
    }

    private void anAgencyDeregistered() {
        project(0, new AgencyRegisteredEvent(SILK_ROAD, "甘肃丝路工程咨询有限公司", "91620900MA71XK3L2R",
                new JurisdictionCode("620900"), DAY));
        project(1, new AgencyDeregisteredEvent(SILK_ROAD, "资质证书过期", DAY.plusMonths(3)));
    }

    private void anExpertThroughEveryEvent() {
        project(0, new ExpertRegisteredEvent(ZHOU, "周专家", "社会学", List.of("兰州大学"), List.of(),
                new JurisdictionCode("620902"), DAY));
        project(1, new ExpertAffiliationsChangedEvent(ZHOU, List.of("河西学院"), List.of(SILK_ROAD), DAY.plusDays(1)));
        project(2, new ExpertInterestDeclaredEvent(ZHOU, new MatterId("m-airport"), "近亲属在征收范围内", DAY.plusDays(2)));
        project(3, new ExpertRemovedEvent(ZHOU, "本人申请出库", DAY.plusDays(3)));
    }

    private static AgencyRegisteredEvent agency(int n, String jurisdiction) {
        return new AgencyRegisteredEvent(new AgencyId("agency-" + n), "机构" + n, "91620900MA71XK3L2R",
                new JurisdictionCode(jurisdiction), DAY);
    }

    @Test
    void aDeregisteredAgencyStaysWithItsStateAndReason() {
        anAgencyDeregistered();

        AgencyView view = model.agencies().findAll(List.of(SILK_ROAD.value())).get(0);
        assertThat(view.version()).isEqualTo(1);
        assertThat(view.name()).isEqualTo("甘肃丝路工程咨询有限公司");
        assertThat(view.state().code()).isEqualTo("DEREGISTERED");
        assertThat(view.state().label()).isEqualTo("已注销");
        assertThat(view.retirement()).isEqualTo(new Retirement("资质证书过期", DAY.plusMonths(3)));
        assertThat(view.lastChangedAt()).isEqualTo(AT);
    }

    @Test
    void anExpertCarriesAffiliationsInterestsAndRemoval() {
        anExpertThroughEveryEvent();

        ExpertView view = model.experts().findAll(List.of(ZHOU.value())).get(0);
        assertThat(view.version()).isEqualTo(3);
        assertThat(view.affiliatedUnits()).containsExactly("河西学院");
        assertThat(view.affiliatedAgencies()).containsExactly(SILK_ROAD.value());
        assertThat(view.interests()).containsExactly(
                new InterestView("m-airport", "近亲属在征收范围内", DAY.plusDays(2)));
        assertThat(view.state().label()).isEqualTo("已出库");
        assertThat(view.retirement().reason()).isEqualTo("本人申请出库");
    }

    @Test
    void aRedeliveredEventChangesNothing() {
        anExpertThroughEveryEvent();
        project(2, new ExpertInterestDeclaredEvent(ZHOU, new MatterId("m-airport"), "近亲属在征收范围内", DAY.plusDays(2)));
        project(0, new ExpertRegisteredEvent(ZHOU, "周专家", "社会学", List.of("兰州大学"), List.of(),
                new JurisdictionCode("620902"), DAY));

        ExpertView view = model.experts().findAll(List.of(ZHOU.value())).get(0);
        assertThat(view.interests()).hasSize(1);
        assertThat(view.state().code()).isEqualTo("REMOVED");
        assertThat(model.experts().listed()).hasSize(1);
    }

    @Test
    void anEventOfAnEntryNeverRegisteredHereChangesNothing() {
        project(1, new AgencyDeregisteredEvent(SILK_ROAD, "资质证书过期", DAY));

        assertThat(model.agencies().listed()).isEmpty();
        assertThat(model.agencies().findAll(List.of(SILK_ROAD.value()))).isEmpty();
    }

    @Test
    void pagesListOnlyTheReadersJurisdictionInTheOrderRegistered() {
        project(0, agency(1, "620900"));
        project(0, agency(2, "620100"));
        project(0, agency(3, "620902"));
        project(0, agency(4, "620982"));
        anExpertThroughEveryEvent();

        RegistryPage<AgencyView> first = RegistryController.page(model.agencies(), JIUQUAN, 0, 2);
        assertThat(first.items()).extracting(AgencyView::id).containsExactly("agency-1", "agency-3");
        assertThat(first.total()).isEqualTo(3);
        assertThat(RegistryController.page(model.agencies(), JIUQUAN, 1, 2).items()).extracting(AgencyView::id)
                .containsExactly("agency-4");
        assertThat(RegistryController.page(model.agencies(), LANZHOU, 0, 20).items()).extracting(AgencyView::id)
                .containsExactly("agency-2");
        assertThat(RegistryController.page(model.experts(), JIUQUAN, 0, 20).items()).extracting(ExpertView::id)
                .containsExactly(ZHOU.value());
        assertThat(RegistryController.page(model.experts(), LANZHOU, 0, 20).total()).isZero();
        assertThatThrownBy(() -> RegistryController.page(model.agencies(), JIUQUAN, 0, 0))
                .isInstanceOfSatisfying(QueryRefusedException.class, e -> assertThat(e.code()).isEqualTo("INVALID_QUERY"));
    }

    @Test
    void aResetEmptiesBothRegistries() {
        anAgencyDeregistered();
        anExpertThroughEveryEvent();

        projection.reset();

        assertThat(model.agencies().listed()).isEmpty();
        assertThat(model.experts().listed()).isEmpty();
        assertThat(model.experts().findAll(List.of(ZHOU.value()))).isEmpty();
    }

    @Test
    void everyReadIsAnIdEqualityOrAnIdIn() {
        anAgencyDeregistered();
        anExpertThroughEveryEvent();
        RegistryController.page(model.agencies(), JIUQUAN, 0, 20);
        RegistryController.page(model.experts(), JIUQUAN, 0, 20);

        assertThat(mongo.findFilters()).isNotEmpty().allSatisfy(filter -> {
            assertThat(filter.keySet()).containsExactly("_id");
            if (filter.get("_id").isDocument()) {
                assertThat(filter.getDocument("_id").keySet()).containsExactly("$in");
            }
        });
    }
}
