package org.wenping.ops.axon;

import org.axonframework.config.EventProcessingConfigurer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Configuration;
import org.wenping.query.batch.FlushBeforeToken;
import org.wenping.query.readmodel.ProjectionWriting;

/**
 * Every projection writes its batch's read-model changes in bulk, before its token moves on, and into the slot of
 * its read model that it is filling (the live one, except during an online rebuild).
 */
@Configuration(proxyBeanMethods = false)
class ProjectionProcessing {
    @Autowired
    void flushBatchesBeforeTokens(EventProcessingConfigurer processing) {
        processing.registerDefaultHandlerInterceptor((configuration, processor) -> new FlushBeforeToken());
        processing.registerDefaultHandlerInterceptor((configuration, processor) -> new ProjectionWriting(processor));
    }
}
