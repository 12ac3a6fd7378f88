package org.wenping.query.batch;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * Writes a batch's buffered read-model changes once its last event has been handled, while the batch is
 * still processing — the processor stores its token only afterwards, when the unit of work commits. The documents
 * a batch reads and writes are kept for the next in {@code retained}.
 */
public final class FlushBeforeToken implements MessageHandlerInterceptor<EventMessage<?>> {
    private final RetainedDocuments retained;

    public FlushBeforeToken(RetainedDocuments retained) {
        this.retained = retained;
    }

    @Override
    public Object handle(UnitOfWork<? extends EventMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        BatchedWrites.retainIn(unitOfWork, retained);
        Object result = chain.proceed();
        if (!(unitOfWork instanceof BatchingUnitOfWork<?> batch) || batch.isLastMessage()) {
            BatchedWrites.flush(unitOfWork);
        }
        return result;
    }
}
