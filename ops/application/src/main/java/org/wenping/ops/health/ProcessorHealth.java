package org.wenping.ops.health;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.health.CompositeHealthContributor;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthContributor;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.NamedContributor;
import org.springframework.stereotype.Component;
import org.wenping.ops.replay.ProcessorProgress;
import org.wenping.ops.replay.ProjectionRebuilds;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;

/**
 * The {@code processors} component, one entry per projection: DOWN when its processor is in error, stands
 * before a gap, or is stalled (the head is beyond it and it has not moved for {@code wenping.health.stall-after}).
 * A projection that is merely catching up is UP with its position and the head.
 */
@Component("processors")
class ProcessorHealth implements CompositeHealthContributor {
    private final ProjectionRebuilds projections;
    private final StallWatch stalls;

    @Autowired
    ProcessorHealth(ProjectionRebuilds projections, @Value("${wenping.health.stall-after:PT2M}") Duration stallAfter) {
        this(projections, new StallWatch(stallAfter, Clock.systemUTC()));
    }

    ProcessorHealth(ProjectionRebuilds projections, StallWatch stalls) {
        this.projections = projections;
        this.stalls = stalls;
    }

    @Override
    public HealthContributor getContributor(String name) {
        return projections.projections().contains(name) ? indicator(name) : null;
    }

    @Override
    public Iterator<NamedContributor<HealthContributor>> iterator() {
        return projections.projections().stream()
                .map(name -> NamedContributor.of(name, (HealthContributor) indicator(name))).iterator();
    }

    private HealthIndicator indicator(String projection) {
        return () -> health(projections.progress(projection));
    }

    Health health(ProcessorProgress progress) {
        Instant stalledSince = stalls.stalledSince(progress.processor(), progress.position(), progress.head());
        Health.Builder health;
        if (progress.error()) health = Health.down().withDetail("reason", "处理出错");
        else if (progress.gapAt() != null) health = Health.down().withDetail("reason", "停在缺口前:第 " + progress.gapAt() + " 位");
        else if (stalledSince != null) health = Health.down().withDetail("reason", "停滞:自 " + stalledSince + " 未前进");
        else health = Health.up();
        return health.withDetail("position", progress.position()).withDetail("head", progress.head())
                .withDetail("replaying", progress.replaying()).build();
    }
}
