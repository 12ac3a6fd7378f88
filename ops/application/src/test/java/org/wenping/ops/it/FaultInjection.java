package org.wenping.ops.it;

import org.axonframework.eventhandling.GenericEventMessage;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.env.Environment;
import org.wenping.ops.WenpingApplication;
import org.wenping.ops.store.AppendObserver;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

/**
 * Faults for an application in a JVM of its own, started through this class's {@code main} on the test
 * classpath (Spring Boot 3 no longer reads {@code context.initializer.classes}): {@code wenping.faults.clock-skew} shifts
 * every timestamp Axon gives an event in that JVM; {@code wenping.faults.slow-commits} holds some commit groups up
 * to that long between durable and visible; {@code wenping.faults.deliveries} names a file of every event the
 * {@link DeliveryLog} projection receives.
 */
public class FaultInjection implements ApplicationContextInitializer<GenericApplicationContext> {
    public static void main(String[] args) {
        new SpringApplicationBuilder(WenpingApplication.class).initializers(new FaultInjection()).run(args);
    }

    @Override
    public void initialize(GenericApplicationContext context) {
        Environment environment = context.getEnvironment();
        GenericEventMessage.clock = Clock.offset(Clock.systemUTC(), duration(environment, "wenping.faults.clock-skew"));
        Duration slow = duration(environment, "wenping.faults.slow-commits");
        if (!slow.isZero()) {
            context.registerBean(AppendObserver.class, () -> new SlowCommits(slow), bean -> bean.setPrimary(true));
        }
        String deliveries = environment.getProperty("wenping.faults.deliveries");
        if (deliveries != null) context.registerBean(DeliveryLog.class, () -> new DeliveryLog(Path.of(deliveries)));
    }

    private static Duration duration(Environment environment, String property) {
        return Duration.parse(environment.getProperty(property, "PT0S"));
    }
}
