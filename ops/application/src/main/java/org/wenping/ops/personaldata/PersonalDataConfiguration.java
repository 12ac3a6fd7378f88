package org.wenping.ops.personaldata;

import com.mongodb.client.MongoDatabase;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.wenping.command.personal.PersonalDataSealer;
import org.wenping.ops.mongo.StoreProperties;
import org.wenping.ops.personal.PersonalDataKeys;
import org.wenping.query.personal.PersonalDataOpener;

import java.time.Clock;

/** The key store of personal data, and the command side's and the query side's ports onto it. */
@Configuration(proxyBeanMethods = false)
class PersonalDataConfiguration {

    @Bean
    PersonalDataKeys personalDataKeys(MongoDatabase database, PersonalDataProperties properties, StoreProperties store) {
        return new PersonalDataKeys(database, MasterKeys.load(properties, store.dataDir()), Clock.systemUTC());
    }

    @Bean
    PersonalDataSealer personalDataSealer(PersonalDataKeys keys) {
        return keys::seal;
    }

    @Bean
    PersonalDataOpener personalDataOpener(PersonalDataKeys keys) {
        return keys::open;
    }
}
