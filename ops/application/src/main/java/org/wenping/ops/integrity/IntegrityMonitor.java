package org.wenping.ops.integrity;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.scheduling.annotation.Scheduled;
import org.wenping.ops.verify.Breach;
import org.wenping.ops.verify.BreachKind;
import org.wenping.ops.verify.ChainVerifier;
import org.wenping.ops.verify.StoreVerifier;
import org.wenping.ops.verify.VerifyReport;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Never silent while running: verifies, every {@code verify-every}, the commits appended since its last
 * run, and every {@code full-verify-every} the whole store again (a change to what was already checked
 * shows only then); it reports what it finds as the {@code integrity} health
 * component (DOWN on any breach), the gauge {@code wenping.integrity.breaches}, and one log line per
 * new finding, and announces new findings through {@code alarm} (the live stream). Reads of a record it
 * found breached carry a warning ({@link #breachesOf}). A hole in the order is reported as a deletion at its
 * position.
 */
public class IntegrityMonitor implements HealthIndicator {
    private static final Logger log = LoggerFactory.getLogger(IntegrityMonitor.class);

    private final StoreVerifier verifier;
    private final SigningKeys keys;
    private final PublishedCheckpoints published;
    private final CheckpointLog checkpoints;
    private final Duration fullVerifyEvery;
    private final Consumer<IntegrityAlert> alarm;
    private ChainVerifier chain;
    private Instant fullStarted = Instant.EPOCH;
    private volatile VerifyReport last;
    private volatile int breaches;

    public IntegrityMonitor(StoreVerifier verifier, SigningKeys keys, PublishedCheckpoints published,
                            CheckpointLog checkpoints, Duration fullVerifyEvery, MeterRegistry meters,
                            Consumer<IntegrityAlert> alarm) {
        this.fullVerifyEvery = fullVerifyEvery;
        this.alarm = alarm;
        this.verifier = verifier;
        this.keys = keys;
        this.published = published;
        this.checkpoints = checkpoints;
        Gauge.builder("wenping.integrity.breaches", () -> breaches)
                .description("完整性校验发现的破坏处数").register(meters);
    }

    @Scheduled(initialDelayString = "PT2S", fixedDelayString = "${wenping.integrity.verify-every:PT30S}")
    public synchronized VerifyReport verifyNew() {
        if (chain == null || !Instant.now().isBefore(fullStarted.plus(fullVerifyEvery))) {
            chain = new ChainVerifier(keys.trusted(), published.trusted(keys.trusted()).orElse(null));
            fullStarted = Instant.now();
        }
        long durableHead = verifier.readAfter(chain, position -> { });
        VerifyReport report = chain.report(durableHead);
        if (report.breaches().size() > breaches) {
            Breach first = report.breaches().get(0);
            log.error("完整性校验发现 {} 处破坏(新增 {} 处),首处:第 {} 位 {} {}({})", report.breaches().size(),
                    report.breaches().size() - breaches, first.position(), first.kind(), first.aggregateId() == null ? "" : first.aggregateId(), first.detail());
            alarm.accept(IntegrityAlert.of(report.breaches().size(), first));
        }
        breaches = report.breaches().size();
        last = report;
        return report;
    }

    /** The first position of a hole (deletion, removed stream or truncation) the last verification found. */
    public Optional<Long> firstGap() {
        VerifyReport report = last;
        if (report == null) return Optional.empty();
        return report.breaches().stream().filter(b -> b.kind().grade() == BreachKind.Grade.GAP)
                .map(Breach::position).findFirst();
    }

    /** The breaches the last verification found in the record {@code recordId}, in position order. */
    public List<Breach> breachesOf(String recordId) {
        VerifyReport report = last;
        if (report == null) return List.of();
        return report.breaches().stream().filter(breach -> recordId.equals(breach.aggregateId())).toList();
    }

    @Override
    public Health health() {
        VerifyReport report = last;
        if (report == null) return Health.unknown().withDetail("reason", "尚未完成第一次校验").build();
        Health.Builder health = report.ok() && checkpoints.refusal().isEmpty() ? Health.up() : Health.down();
        health.withDetail("checked", report.checked()).withDetail("breaches", report.breaches().size());
        checkpoints.refusal().ifPresent(refusal -> health.withDetail("checkpoints", refusal));
        if (!report.breaches().isEmpty()) health.withDetail("first", report.breaches().get(0));
        return health.build();
    }
}
