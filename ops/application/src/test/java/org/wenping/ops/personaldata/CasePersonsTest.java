package org.wenping.ops.personaldata;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wenping.kernel.RecordEvent;
import org.wenping.kernel.actor.Role;
import org.wenping.kernel.jurisdiction.JurisdictionCode;
import org.wenping.kernel.legalcase.CaseClass;
import org.wenping.kernel.legalcase.CaseId;
import org.wenping.kernel.legalcase.CaseListedEvent;
import org.wenping.kernel.legalcase.Organ;
import org.wenping.kernel.legalcase.PersonalDataErasedEvent;
import org.wenping.kernel.legalcase.ProceduralStage;
import org.wenping.kernel.matter.GradingScheme;
import org.wenping.kernel.personal.PersonDetails;
import org.wenping.kernel.personal.SealedPersonalData;
import org.wenping.ops.embedded.EmbeddedMongo;
import org.wenping.ops.embedded.EmbeddedSettings;
import org.wenping.ops.personal.Erasure;
import org.wenping.ops.personal.MasterKey;
import org.wenping.ops.personal.PersonalDataKeys;
import org.wenping.ops.personal.Restriction;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CasePersonsTest {
    private static final CaseId CASE = new CaseId("c-1");
    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);
    private static final PersonDetails WANG = new PersonDetails("王某某", "申请执行人", "", "", "");
    private static final PersonDetails LI = new PersonDetails("李某", "被执行人", "", "", "");

    @TempDir
    Path dataDir;
    private EmbeddedMongo embedded;
    private MongoClient client;
    private PersonalDataKeys keys;
    private CasePersons persons;

    @BeforeEach
    void start() {
        embedded = EmbeddedMongo.acquire(new EmbeddedSettings("memory", 0, false, EmbeddedSettings.DEFAULT_CACHE_MEGABYTES), dataDir);
        client = MongoClients.create(embedded.connectionString());
        keys = new PersonalDataKeys(client.getDatabase("wenping"), MasterKey.generate(), Clock.systemUTC());
        persons = new CasePersons(keys);
    }

    @AfterEach
    void stop() {
        client.close();
        embedded.release();
    }

    @Test
    void aReaderAllowedToReadPersonalDataSeesEveryActivePerson() {
        CaseListedEvent listing = listed(keys.seal("c-1/p-1", WANG), keys.seal("c-1/p-2", LI));

        assertThat(persons.of(listing, List.of(listing), Role.HANDLER))
                .extracting(CasePerson::details).containsExactly(WANG, LI);
    }

    @Test
    void anErasureInTheHistoryIsHonouredBeforeTheKeyStoreCarriedItOut() {
        CaseListedEvent listing = listed(keys.seal("c-1/p-1", WANG));
        var erasure = new PersonalDataErasedEvent(CASE, "c-1/p-1", "《个人信息保护法》第四十七条", DAY);

        List<CasePerson> shown = persons.of(listing, List.<RecordEvent>of(listing, erasure), Role.HANDLER);

        assertThat(shown).extracting(CasePerson::shown).containsExactly(PersonShown.ERASED);
        assertThat(shown.get(0).details()).isNull();
        assertThat(shown.get(0).label()).isEqualTo("已删除");
    }

    @Test
    void anErasedKeyShowsErasedAlthoughTheHistoryWasNotConsulted() {
        CaseListedEvent listing = listed(keys.seal("c-1/p-1", WANG));
        keys.erase("c-1/p-1", new Erasure("依法删除", 9, Instant.now()));

        assertThat(persons.of(listing, List.of(listing), Role.HANDLER))
                .extracting(CasePerson::shown).containsExactly(PersonShown.ERASED);
    }

    @Test
    void aRestrictedPersonOpensForTheNamedRoleOnly() {
        CaseListedEvent listing = listed(keys.seal("c-1/p-1", WANG));
        keys.restrict("c-1/p-1", new Restriction(Role.INSPECTOR, "档案保管期限内", 9, Instant.now()));

        assertThat(persons.of(listing, List.of(listing), Role.INSPECTOR)).extracting(CasePerson::details)
                .containsExactly(WANG);
        assertThat(persons.of(listing, List.of(listing), Role.HANDLER)).extracting(CasePerson::shown, CasePerson::details)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(PersonShown.RESTRICTED, null));
    }

    @Test
    void aSealThatDoesNotAuthenticateIsShownUnreadable() {
        SealedPersonalData sealed = keys.seal("c-1/p-1", WANG);
        CaseListedEvent listing = listed(new SealedPersonalData("c-1/p-1", sealed.algorithm(), "AAAA" + sealed.ciphertext().substring(4)));

        assertThat(persons.of(listing, List.of(listing), Role.HANDLER))
                .extracting(CasePerson::shown).containsExactly(PersonShown.UNREADABLE);
    }

    private static CaseListedEvent listed(SealedPersonalData... sealed) {
        return new CaseListedEvent(CASE, "(2026)甘0902执123号", Organ.COURT, "肃州区人民法院", CaseClass.SEIZURE_AND_FREEZE,
                "handler", "caselead", "organhead", "申请执行人多次信访", List.of(sealed),
                ProceduralStage.values()[0], new JurisdictionCode("620902"), GradingScheme.THREE_LEVEL, DAY, DAY);
    }
}
