package org.wenping.ops.demo;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.wenping.command.grading.GradingSchemePolicy;
import org.wenping.command.personal.PersonalDataSealer;
import org.wenping.kernel.time.BusinessZone;

import java.time.LocalDate;
import java.util.concurrent.CompletableFuture;

/**
 * Loads the demo year of 酒泉市 when the application is started with {@code --wenping.demo-data=true}.
 * <p>
 * It runs in the background once the application is ready, the records written side by side by
 * {@code wenping.demo-data.threads} threads (16 by default): the API answers at once and the dashboards fill while
 * the year is written. Loading is idempotent: what the event store already
 * holds is skipped, so a second start adds nothing, and a start after a crash or a shutdown half-way
 * completes the missing commands without repeating any. A shutdown stops it between commands (those in flight finish): as a
 * lifecycle of the last phase it stops before Axon unsubscribes the command handlers.
 */
@Component
@ConditionalOnProperty(name = "wenping.demo-data", havingValue = "true")
class DemoDataLoader implements SmartLifecycle {
    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private final CommandGateway commands;
    private final EventStore eventStore;
    private final UserDetailsService users;
    private final GradingSchemePolicy gradingSchemes;
    private final PersonalDataSealer sealer;
    private final int threads;
    private final CompletableFuture<LoadReport> completion = new CompletableFuture<>();
    private volatile boolean stopping;
    private volatile boolean running;
    private volatile Thread worker;

    DemoDataLoader(CommandGateway commands, EventStore eventStore, UserDetailsService users,
                   GradingSchemePolicy gradingSchemes, PersonalDataSealer sealer,
                   @Value("${wenping.demo-data.threads:16}") int threads) {
        this.sealer = sealer;
        this.threads = threads;
        this.commands = commands;
        this.eventStore = eventStore;
        this.users = users;
        this.gradingSchemes = gradingSchemes;
    }

    /** Completes when this start has written (or found) the whole year, or failed, or was stopped. */
    CompletableFuture<LoadReport> completion() {
        return completion;
    }

    /** How many events the whole year holds once loaded, on this application's users and grading schemes. */
    long eventsPlanned() {
        return plan().eventsPlanned();
    }

    private DemoYear plan() {
        DemoActors actors = DemoActors.lookUp(users).orElseThrow(() -> new IllegalStateException(
                "演示数据须以演示用户的身份写入,请同时启用 demo 配置(--spring.profiles.active=demo)"));
        return DemoYear.plan(actors, gradingSchemes);
    }

    @EventListener(ApplicationReadyEvent.class)
    void startLoading() {
        worker = new Thread(this::load, "demo-data");
        worker.start();
    }

    private void load() {
        try {
            LocalDate today = LocalDate.now(BusinessZone.ZONE);
            if (today.isBefore(MatterStory.END)) {
                throw new IllegalStateException("演示数据的业务日期截至 " + MatterStory.END + ",今天(" + today
                        + ")早于该日,业务日期不得晚于今天,无法加载");
            }
            DemoYear year = plan();
            log.info("演示数据:酒泉市 2026 年度,{} 项重大事项,专家 {} 名,评估机构 {} 家,共 {} 条命令;开始检查并写入",
                    year.matters().size(), DemoRegistry.EXPERTS.size(), DemoRegistry.AGENCIES.size(), year.steps().size());
            LoadReport report = new DemoYearWriter(commands, eventStore, sealer, threads).write(year, () -> stopping);
            logOutcome(report);
            completion.complete(report);
        } catch (RuntimeException e) {
            log.error("演示数据加载失败,已写入的部分保留,下次启动时补齐:{}", e.getMessage(), e);
            completion.completeExceptionally(e);
        }
    }

    private static void logOutcome(LoadReport report) {
        if (!report.complete()) {
            log.warn("演示数据:应用关闭,加载中止;已发送 {} 条命令,写入 {} 个事件,下次启动时补齐其余部分",
                    report.stepsSent(), report.eventsWritten());
        } else if (report.stepsSent() == 0) {
            log.info("演示数据已完整存在({} 项重大事项),未写入任何事件,用时 {} 毫秒", report.matters(),
                    report.took().toMillis());
        } else {
            log.info("演示数据加载完成:{} 项重大事项,发送 {} 条命令(另有 {} 条此前已写入),写入 {} 个事件,用时 {} 秒",
                    report.matters(), report.stepsSent(), report.stepsFoundStored(), report.eventsWritten(),
                    report.took().toMillis() / 1000.0);
        }
    }

    /** Only marks the lifecycle as started; loading waits for {@link ApplicationReadyEvent}. */
    @Override
    public void start() {
        running = true;
    }

    /** Stops between two commands and waits for the command in flight, so no command is cut off. */
    @Override
    public void stop() {
        stopping = true;
        Thread loading = worker;
        try {
            if (loading != null) loading.join(60_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
