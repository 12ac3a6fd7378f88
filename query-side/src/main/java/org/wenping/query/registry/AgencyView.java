package org.wenping.query.registry;

import org.wenping.query.dossier.CodeLabel;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One third-party assessment agency (评估机构) as readers see it.
 *
 * @param creditCode the 统一社会信用代码
 * @param retirement why and when it was deregistered, or null while 在册
 */
record AgencyView(
        String id,
        long version,
        String name,
        String creditCode,
        String jurisdiction,
        CodeLabel state,
        LocalDate registeredOn,
        Retirement retirement,
        Instant lastChangedAt) implements RegistryEntry<AgencyView> {

    AgencyView deregistered(Retirement deregistration) {
        return new AgencyView(id, version, name, creditCode, jurisdiction, EntryStates.of(EntryState.DEREGISTERED),
                registeredOn, deregistration, lastChangedAt);
    }

    @Override
    public AgencyView stamped(long sequence, Instant at) {
        return new AgencyView(id, sequence, name, creditCode, jurisdiction, state, registeredOn, retirement, at);
    }
}
