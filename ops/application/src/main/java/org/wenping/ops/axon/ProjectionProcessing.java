package org.wenping.ops.axon;

import org.axonframework.config.EventProcessingConfigurer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Configuration;
import org.wenping.query.batch.FlushBeforeToken;

/** Every projection writes its batch's read-model changes in bulk, before its token moves on. */
@Configuration(proxyBeanMethods = false)
class ProjectionProcessing {
    @Autowired
    void flushBatchesBeforeTokens(EventProcessingConfigurer processing) {
        processing.registerDefaultHandlerInterceptor((configuration, processor) -> new FlushBeforeToken());
    }
}
