package org.wenping.command.domain;

import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.CommandHandlerInterceptor;
import org.wenping.kernel.jurisdiction.JurisdictionCode;

/**
 * An aggregate whose every command, its own and its members', is checked against the permission table (R9)
 * once, before any handler runs: the one place each kind of record gets its {@link Authority} check from.
 */
public abstract class AuthorisedRecord {
    /**
     * The bean each aggregate's repository gets its cache of loaded aggregates from: one per kind of record, and
     * holding anything only where the application is the store's one writer (it decides which).
     */
    public static final String CACHE = "aggregateCache";

    /** The jurisdiction of the record; null before it exists, when the registering command names it. */
    protected abstract JurisdictionCode recordJurisdiction();

    @CommandHandlerInterceptor
    Object authorise(RecordCommand command, MetaData metaData, InterceptorChain chain) throws Exception {
        Authority.require(command, metaData, recordJurisdiction());
        return chain.proceed();
    }
}
