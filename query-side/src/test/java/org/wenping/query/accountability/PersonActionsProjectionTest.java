package org.wenping.query.accountability;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.wenping.kernel.actor.Actor;
import org.wenping.kernel.actor.EventMetadata;
import org.wenping.kernel.actor.Role;
import org.wenping.kernel.jurisdiction.JurisdictionCode;
import org.wenping.kernel.matter.Decision;
import org.wenping.kernel.matter.MatterId;
import org.wenping.kernel.matter.MatterRegisteredEvent;
import org.wenping.kernel.matter.RiskLevel;
import org.wenping.query.dossier.CodeLabel;
import org.wenping.query.dossier.MatterEventTypes;
import org.wenping.query.dossier.StreamFixture;

import java.net.InetSocketAddress;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wenping.query.dossier.StreamFixture.ASSESSOR;
import static org.wenping.query.dossier.StreamFixture.DECIDER;

class PersonActionsProjectionTest {
    static final Actor CITY_INSPECTOR = new Actor("du", "杜督查", Role.INSPECTOR, "市纪委", new JurisdictionCode("620900"));
    static final Actor LANZHOU_INSPECTOR = new Actor("lz", "兰督查", Role.INSPECTOR, "兰州市纪委",
            new JurisdictionCode("620100"));

    private MongoServer server;
    private MongoClient client;
    private PersonActionsRepository repository;
    private PersonActionsProjection projection;
    private final Map<String, Long> sequences = new HashMap<>();

    @BeforeEach
    void start() {
        server = new MongoServer(new MemoryBackend());
        InetSocketAddress address = server.bind();
        client = MongoClients.create("mongodb://" + address.getHostString() + ":" + address.getPort());
        repository = new PersonActionsRepository(client.getDatabase("wenping"));
        projection = new PersonActionsProjection(repository);
    }

    @AfterEach
    void stop() {
        client.close();
        server.shutdownNow();
    }

    private EventMessage<?> message(Object event, Actor actor) {
        String matterId = event instanceof MatterRegisteredEvent r ? r.matterId().value() : StreamFixture.ID.value();
        long sequence = sequences.merge(matterId, 1L, Long::sum) - 1;
        return new GenericDomainEventMessage<>("Matter", matterId, sequence, event, EventMetadata.of(actor));
    }

    @Test
    void listsEachPersonsActionsPerMatterWithRoleRulesAndFlags() {
        projection.on(StreamFixture.registration(org.wenping.kernel.matter.Procedure.STANDARD), message(
                StreamFixture.registration(org.wenping.kernel.matter.Procedure.STANDARD), ASSESSOR));
        var grade = StreamFixture.grade(RiskLevel.HIGH, "2026-03-05");
        projection.on(grade, message(grade, ASSESSOR));
        var decision = StreamFixture.decision(Decision.IMPLEMENT, RiskLevel.HIGH, "2026-03-20", "工期紧");
        projection.on(decision, message(decision, DECIDER));

        PersonAccountability assessor = PersonAccountabilityController.visibleTo(CITY_INSPECTOR, "zhang",
                repository.findByUser("zhang"));
        PersonAccountability decider = PersonAccountabilityController.visibleTo(CITY_INSPECTOR, "li",
                repository.findByUser("li"));

        assertThat(assessor.actionCount()).isEqualTo(2);
        assertThat(assessor.matters()).singleElement().satisfies(matter -> {
            assertThat(matter.matterTitle()).isEqualTo("敦煌机场扩建项目");
            assertThat(matter.jurisdiction()).isEqualTo("620982");
            assertThat(matter.actions()).extracting(PersonAction::type)
                    .containsExactly("MatterRegisteredEvent", "RiskGradedEvent");
        });
        PersonAction decided = decider.matters().get(0).actions().get(0);
        assertThat(decided.roleLabel()).isEqualTo("决策机关");
        assertThat(decided.unit()).isEqualTo("市政府");
        assertThat(decided.businessDate()).hasToString("2026-03-20");
        assertThat(decided.rulesSatisfied()).extracting(CodeLabel::code).containsExactly("R1");
        assertThat(decided.flags()).containsExactly(new CodeLabel("ASSESSMENT_NOT_USED", "评而不用"));
        assertThat(decided.action()).startsWith("决策:实施");
    }

    @Test
    void aRedeliveredEventIsRecordedOnce() {
        var registration = StreamFixture.registration(org.wenping.kernel.matter.Procedure.STANDARD);
        EventMessage<?> registered = message(registration, ASSESSOR);
        var grade = StreamFixture.grade(RiskLevel.LOW, "2026-03-05");
        EventMessage<?> graded = message(grade, ASSESSOR);

        projection.on(registration, registered);
        projection.on(grade, graded);
        projection.on(grade, graded);
        projection.on(registration, registered);

        List<PersonMatterActions> found = repository.findByUser("zhang");
        assertThat(found).singleElement().extracting(m -> m.actions().size()).isEqualTo(2);
        assertThat(found.get(0).actions()).extracting(PersonAction::eventId)
                .containsExactly(registered.getIdentifier(), graded.getIdentifier());
    }

    @Test
    void readersSeeOnlyActionsOnMattersInsideTheirJurisdiction() {
        var dunhuang = StreamFixture.registration(org.wenping.kernel.matter.Procedure.STANDARD);
        projection.on(dunhuang, message(dunhuang, ASSESSOR));
        var lanzhou = new MatterRegisteredEvent(new MatterId("m-lanzhou"), "兰州项目", dunhuang.category(), "交通",
                "兰州市发改委", "兰州市政府", new JurisdictionCode("620102"), dunhuang.procedure(), dunhuang.assessorMode(),
                dunhuang.gradingScheme(), dunhuang.registeredOn());
        projection.on(lanzhou, message(lanzhou, ASSESSOR));

        assertThat(repository.findByUser("zhang")).hasSize(2);
        assertThat(PersonAccountabilityController.visibleTo(CITY_INSPECTOR, "zhang", repository.findByUser("zhang"))
                .matters()).extracting(PersonMatterActions::matterId).containsExactly("m-airport");
        assertThat(PersonAccountabilityController.visibleTo(LANZHOU_INSPECTOR, "zhang", repository.findByUser("zhang"))
                .matters()).extracting(PersonMatterActions::matterId).containsExactly("m-lanzhou");
        assertThat(PersonAccountabilityController.visibleTo(CITY_INSPECTOR, "nobody", repository.findByUser("nobody"))
                .matters()).isEmpty();
    }

    @Test
    void resetEmptiesTheReadModel() {
        var registration = StreamFixture.registration(org.wenping.kernel.matter.Procedure.STANDARD);
        projection.on(registration, message(registration, ASSESSOR));

        projection.reset();

        assertThat(repository.findByUser("zhang")).isEmpty();
        assertThat(repository.matter(StreamFixture.ID.value())).isEmpty();
    }

    @Test
    void handlesEveryMatterEventType() {
        List<Class<?>> handled = Arrays.stream(PersonActionsProjection.class.getDeclaredMethods())
                .filter(method -> method.isAnnotationPresent(EventHandler.class))
                .<Class<?>>map(method -> method.getParameterTypes()[0]).toList();

        assertThat(handled).containsExactlyInAnyOrderElementsOf(MatterEventTypes.ALL);
    }
}
