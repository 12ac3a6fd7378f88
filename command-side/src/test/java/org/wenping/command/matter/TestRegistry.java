package org.wenping.command.matter;

import org.wenping.command.registry.AgencyRegistry;
import org.wenping.command.registry.ExpertPool;
import org.wenping.command.registry.PooledExpert;
import org.wenping.command.registry.RegisteredAgency;
import org.wenping.kernel.registry.AgencyId;
import org.wenping.kernel.registry.ExpertId;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The 专家库 and the agency registry as a test sets them up. */
class TestRegistry implements ExpertPool, AgencyRegistry {
    private final Map<ExpertId, PooledExpert> experts = new HashMap<>();
    private final Map<AgencyId, RegisteredAgency> agencies = new HashMap<>();

    TestRegistry with(PooledExpert expert) {
        experts.put(expert.id(), expert);
        return this;
    }

    TestRegistry with(RegisteredAgency agency) {
        agencies.put(agency.id(), agency);
        return this;
    }

    @Override
    public Optional<PooledExpert> findExpert(ExpertId id) {
        return Optional.ofNullable(experts.get(id));
    }

    @Override
    public Optional<RegisteredAgency> findAgency(AgencyId id) {
        return Optional.ofNullable(agencies.get(id));
    }
}
