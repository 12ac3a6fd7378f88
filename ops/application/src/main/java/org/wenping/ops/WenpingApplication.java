package org.wenping.ops;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Starts Wenping: command side, query side and the event store in one process. */
@SpringBootApplication(scanBasePackages = "org.wenping")
@ConfigurationPropertiesScan("org.wenping.ops")
public class WenpingApplication {
    public static void main(String[] args) {
        SpringApplication.run(WenpingApplication.class, args);
    }
}
