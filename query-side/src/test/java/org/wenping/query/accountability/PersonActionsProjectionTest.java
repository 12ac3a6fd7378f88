package org.wenping.query.accountability;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.wenping.kernel.actor.Actor;
import org.wenping.kernel.actor.EventMetadata;
import org.wenping.kernel.actor.Role;
import org.wenping.kernel.jurisdiction.JurisdictionCode;
import org.wenping.kernel.matter.Decision;
import org.wenping.kernel.legalcase.CaseEvent;
import org.wenping.kernel.matter.MatterEvent;
import org.wenping.kernel.matter.MatterId;
import org.wenping.kernel.matter.MatterRegisteredEvent;
import org.wenping.kernel.matter.RiskGradedEvent;
import org.wenping.kernel.matter.RiskLevel;
import org.wenping.query.dossier.CodeLabel;
import org.wenping.query.dossier.StreamFixture;
import org.wenping.query.readmodel.ReadModels;

import java.net.InetSocketAddress;
import java.time.Instant;
import java.util.ArrayList;
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
    private PersonAccountabilityController people;
    private final Map<String, Long> sequences = new HashMap<>();

    @BeforeEach
    void start() {
        server = new MongoServer(new MemoryBackend());
        InetSocketAddress address = server.bind();
        client = MongoClients.create("mongodb://" + address.getHostString() + ":" + address.getPort());
        repository = new PersonActionsRepository(new ReadModels(client.getDatabase("wenping")));
        projection = new PersonActionsProjection(repository);
        people = new PersonAccountabilityController(repository);
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

        PersonAccountability assessor = people.pageFor(CITY_INSPECTOR, "zhang", 0, 50);
        PersonAccountability decider = people.pageFor(CITY_INSPECTOR, "li", 0, 50);

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
        assertThat(people.pageFor(CITY_INSPECTOR, "zhang", 0, 50)
                .matters()).extracting(PersonMatterActions::matterId).containsExactly("m-airport");
        assertThat(people.pageFor(LANZHOU_INSPECTOR, "zhang", 0, 50)
                .matters()).extracting(PersonMatterActions::matterId).containsExactly("m-lanzhou");
        assertThat(people.pageFor(CITY_INSPECTOR, "nobody", 0, 50)
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
    void pagesAPersonsMattersInTheOrderFirstActedOnOneMonthDocumentEach() {
        String[] registeredAt = {"2026-01-10T02:00:00Z", "2026-01-20T02:00:00Z", "2026-02-03T02:00:00Z",
                "2026-02-04T02:00:00Z", "2026-03-01T02:00:00Z", "2026-03-02T02:00:00Z", "2026-04-30T23:00:00Z"};
        for (int i = 0; i < registeredAt.length; i++) {
            String jurisdiction = i == 3 ? "620102" : "620982";
            var registration = registration("m-" + i, jurisdiction);
            projection.on(registration, message(registration, ASSESSOR, Instant.parse(registeredAt[i])));
        }
        var template = StreamFixture.grade(RiskLevel.LOW, "2026-03-05");
        var grade = new RiskGradedEvent(new MatterId("m-0"), template.scheme(),
                template.level(), template.reasons(), template.gradedOn());
        projection.on(grade, new GenericDomainEventMessage<>("Matter", "m-0", 1, grade, EventMetadata.of(ASSESSOR),
                "graded-m-0", Instant.parse("2026-05-01T00:00:00Z")));

        PersonAccountability first = people.pageFor(CITY_INSPECTOR, "zhang", 0, 4);
        PersonAccountability last = people.pageFor(CITY_INSPECTOR, "zhang", 1, 4);

        assertThat(first.totalMatters()).isEqualTo(6);
        assertThat(first.matters()).extracting(PersonMatterActions::matterId).containsExactly("m-0", "m-1", "m-2", "m-4");
        assertThat(first.actionCount()).isEqualTo(5);
        assertThat(last.matters()).extracting(PersonMatterActions::matterId).containsExactly("m-5", "m-6");
        assertThat(people.pageFor(CITY_INSPECTOR, "zhang", 2, 4).matters()).isEmpty();
        assertThat(monthKeys()).containsExactlyInAnyOrder("zhang|2026-01", "zhang|2026-02", "zhang|2026-03", "zhang|2026-04");
    }

    /** A batch writes users, months, actions, matters in that order; a crash can stop it after any of them. */
    @Test
    void aBatchCutShortByACrashConvergesWhenItIsHandledAgain() {
        var registration = StreamFixture.registration(org.wenping.kernel.matter.Procedure.STANDARD);
        EventMessage<?> registered = message(registration, ASSESSOR);
        var grade = StreamFixture.grade(RiskLevel.LOW, "2026-03-05");
        EventMessage<?> graded = message(grade, ASSESSOR);

        for (String[] lost : new String[][] {
                {PersonActionsRepository.MONTHS, PersonActionsRepository.ACTIONS, PersonActionsRepository.MATTERS},
                {PersonActionsRepository.ACTIONS, PersonActionsRepository.MATTERS},
                {PersonActionsRepository.MATTERS}}) {
            projection.reset();
            projection.on(registration, registered);
            projection.on(grade, graded);
            for (String collection : lost) database().getCollection(collection).deleteMany(new Document());

            projection.on(registration, registered);
            projection.on(grade, graded);

            assertThat(repository.findByUser("zhang")).as("lost %s", List.of(lost))
                    .singleElement().extracting(m -> m.actions().size()).isEqualTo(2);
            assertThat(people.pageFor(CITY_INSPECTOR, "zhang", 0, 50).totalMatters()).isEqualTo(1);
        }
    }

    private MongoDatabase database() {
        return client.getDatabase("wenping");
    }

    private List<String> monthKeys() {
        List<String> keys = new ArrayList<>();
        database().getCollection(PersonActionsRepository.MONTHS).find().forEach(d -> keys.add(d.getString("_id")));
        return keys;
    }

    private static MatterRegisteredEvent registration(String matterId, String jurisdiction) {
        var airport = StreamFixture.registration(org.wenping.kernel.matter.Procedure.STANDARD);
        return new MatterRegisteredEvent(new MatterId(matterId), "事项 " + matterId, airport.category(), "交通",
                "市发改委", "市政府", new JurisdictionCode(jurisdiction), airport.procedure(), airport.assessorMode(),
                airport.gradingScheme(), airport.registeredOn());
    }

    private EventMessage<?> message(Object event, Actor actor, Instant at) {
        String matterId = ((MatterRegisteredEvent) event).matterId().value();
        return new GenericDomainEventMessage<>("Matter", matterId, 0, event, EventMetadata.of(actor),
                "registered-" + matterId, at);
    }

    @Test
    void handlesEveryMatterAndCaseEventTypeInOneHandlerPerSealedFamily() {
        List<Class<?>> handled = Arrays.stream(PersonActionsProjection.class.getDeclaredMethods())
                .filter(method -> method.isAnnotationPresent(EventHandler.class))
                .<Class<?>>map(method -> method.getParameterTypes()[0]).toList();

        assertThat(handled).containsExactlyInAnyOrder(MatterEvent.class, CaseEvent.class);
    }
}
