package org.wenping.ops.axon;

import org.axonframework.config.EventProcessingConfigurer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.wenping.ops.mongo.MongoConnection;
import org.wenping.query.batch.FlushBeforeToken;
import org.wenping.query.batch.RetainedDocuments;
import org.wenping.query.readmodel.ProjectionWriting;

/**
 * Every projection writes its batch's read-model changes in bulk, before its token moves on, and into the slot of
 * its read model that it is filling (the live one, except during an online rebuild).
 */
@Configuration(proxyBeanMethods = false)
class ProjectionProcessing {
    /**
     * Read-model documents kept between batches where this process is the store's one writer, as aggregates are
     * ({@link MongoConnection#soleWriter}); {@code wenping.read-model-cache.enabled=true|false} overrides, and at most
     * {@code wenping.read-model-cache.documents} are kept, across all projections.
     */
    @Bean
    static RetainedDocuments retainedDocuments(MongoConnection connection,
                                               @Value("${wenping.read-model-cache.enabled:#{null}}") Boolean enabled,
                                               @Value("${wenping.read-model-cache.documents:50000}") long documents) {
        boolean retained = enabled != null ? enabled : connection.soleWriter();
        return retained ? new RetainedDocuments(documents) : RetainedDocuments.NONE;
    }

    @Autowired
    void flushBatchesBeforeTokens(EventProcessingConfigurer processing, RetainedDocuments retained) {
        processing.registerDefaultHandlerInterceptor((configuration, processor) -> new FlushBeforeToken(retained));
        processing.registerDefaultHandlerInterceptor((configuration, processor) -> new ProjectionWriting(processor));
    }
}
