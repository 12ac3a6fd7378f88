package org.wenping.ops.metrics;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.springframework.stereotype.Component;
import org.wenping.ops.store.AppendObserver;

import java.time.Duration;

/** The appender's figures: how long an append waits for its acknowledgement, how large a group is, how long durability takes. */
@Component
class StoreMetrics implements AppendObserver {
    private final Timer appendLatency;
    private final DistributionSummary groupSize;
    private final Timer durableCommit;

    StoreMetrics(MeterRegistry meters) {
        this.appendLatency = Timer.builder("wenping.store.append")
                .description("一次追加从交给写入线程到确认持久化的时间").publishPercentileHistogram().register(meters);
        this.groupSize = DistributionSummary.builder("wenping.store.group.size")
                .description("写入线程一次写入的提交数").baseUnit("commits").register(meters);
        this.durableCommit = Timer.builder("wenping.store.durable.commit")
                .description("使一组提交持久化的时间").publishPercentileHistogram().register(meters);
    }

    @Override
    public void appended(Duration latency) {
        appendLatency.record(latency);
    }

    @Override
    public void groupWritten(int commits, Duration makeDurable) {
        groupSize.record(commits);
        durableCommit.record(makeDurable);
    }
}
