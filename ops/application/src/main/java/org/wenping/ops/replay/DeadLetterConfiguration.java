package org.wenping.ops.replay;

import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.eventhandling.deadletter.MongoSequencedDeadLetterQueue;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Configuration;
import org.wenping.ops.mongo.MongoConnection;

/**
 * Every projection gets Axon's sequenced dead-letter queue, kept in MongoDB: an event its handler fails
 * on is parked with the rest of its aggregate's sequence, and the processor goes on with the others.
 */
@Configuration(proxyBeanMethods = false)
class DeadLetterConfiguration {
    static final String COLLECTION = "dead_letters";

    @Autowired
    void deadLetterQueues(EventProcessingConfigurer processing, MongoConnection connection, Serializer serializer) {
        DefaultMongoTemplate template = DefaultMongoTemplate.builder()
                .mongoDatabase(connection.database())
                .deadLetterCollectionName(COLLECTION)
                .build();
        processing.registerDeadLetterQueueProvider(group -> configuration ->
                MongoSequencedDeadLetterQueue.builder()
                        .processingGroup(group)
                        .mongoTemplate(template)
                        .serializer(serializer)
                        .transactionManager(NoTransactionManager.INSTANCE)
                        .build());
    }
}
