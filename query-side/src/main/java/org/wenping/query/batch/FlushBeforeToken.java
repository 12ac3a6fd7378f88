package org.wenping.query.batch;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * Writes a batch's buffered read-model changes once its last event has been handled, while the batch is
 * still processing — the processor stores its token only afterwards, when the unit of work commits.
 */
public final class FlushBeforeToken implements MessageHandlerInterceptor<EventMessage<?>> {
    @Override
    public Object handle(UnitOfWork<? extends EventMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        Object result = chain.proceed();
        if (!(unitOfWork instanceof BatchingUnitOfWork<?> batch) || batch.isLastMessage()) {
            BatchedWrites.flush(unitOfWork);
        }
        return result;
    }
}
