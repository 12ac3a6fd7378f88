package org.wenping.query.registry;

import org.wenping.query.dossier.CodeLabel;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One expert of the 专家库 as readers see it, with the ties that decide 回避 (R5).
 *
 * @param affiliatedUnits units the expert is tied to, as last declared
 * @param affiliatedAgencies ids of the agencies the expert is tied to, as last declared
 * @param interests interests declared, in the order declared
 * @param retirement why and when the expert left the 专家库, or null while 在册
 */
record ExpertView(
        String id,
        long version,
        String name,
        String specialty,
        String jurisdiction,
        CodeLabel state,
        List<String> affiliatedUnits,
        List<String> affiliatedAgencies,
        List<InterestView> interests,
        LocalDate registeredOn,
        Retirement retirement,
        Instant lastChangedAt) implements RegistryEntry<ExpertView> {

    ExpertView affiliatedWith(List<String> units, List<String> agencies) {
        return new ExpertView(id, version, name, specialty, jurisdiction, state, List.copyOf(units),
                List.copyOf(agencies), interests, registeredOn, retirement, lastChangedAt);
    }

    ExpertView declaring(InterestView interest) {
        List<InterestView> more = new ArrayList<>(interests);
        more.add(interest);
        return new ExpertView(id, version, name, specialty, jurisdiction, state, affiliatedUnits, affiliatedAgencies,
                List.copyOf(more), registeredOn, retirement, lastChangedAt);
    }

    ExpertView removed(Retirement removal) {
        return new ExpertView(id, version, name, specialty, jurisdiction, EntryStates.of(EntryState.REMOVED),
                affiliatedUnits, affiliatedAgencies, interests, registeredOn, removal, lastChangedAt);
    }

    @Override
    public ExpertView stamped(long sequence, Instant at) {
        return new ExpertView(id, sequence, name, specialty, jurisdiction, state, affiliatedUnits, affiliatedAgencies,
                interests, registeredOn, retirement, at);
    }
}
