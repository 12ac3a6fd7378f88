package org.wenping.query.readmodel;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * Marks the unit of work of a processor's batch with the processor's name: inside it, and only there, the
 * projection of that name reads and writes the slot it is filling ({@link ReadModel}); every other reader reads the
 * live slot. Registered on every processor.
 */
public final class ProjectionWriting implements MessageHandlerInterceptor<EventMessage<?>> {
    private static final String RESOURCE = ProjectionWriting.class.getName();

    private final String projection;

    public ProjectionWriting(String projection) {
        this.projection = projection;
    }

    @Override
    public Object handle(UnitOfWork<? extends EventMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        unitOfWork.root().resources().put(RESOURCE, projection);
        return chain.proceed();
    }

    /** Whether the current thread is handling events for {@code projection}. */
    static boolean writes(String projection) {
        return CurrentUnitOfWork.isStarted() && projection.equals(CurrentUnitOfWork.get().root().getResource(RESOURCE));
    }
}
