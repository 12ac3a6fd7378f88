package org.wenping.ops;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.wenping.ops.integrity.VerifyCommand;
import org.wenping.ops.evidence.VerifyExport;
import org.wenping.ops.integrity.WitnessCommand;

import java.util.List;

/**
 * Starts Wenping: command side, query side and the event store in one process; or, with
 * {@code --wenping.verify}, {@code --wenping.witness} or {@code --wenping.verify-export=<zip>}, runs that command
 * and exits with its code (the last needs nothing but the ZIP: no database, no Spring).
 */
@SpringBootApplication(scanBasePackages = "org.wenping")
@ConfigurationPropertiesScan("org.wenping.ops")
public class WenpingApplication {
    public static void main(String[] args) {
        List<String> flags = List.of(args);
        if (flags.contains(VerifyCommand.FLAG)) System.exit(VerifyCommand.run(args));
        if (flags.contains(WitnessCommand.FLAG)) System.exit(WitnessCommand.run(args));
        if (flags.stream().anyMatch(flag -> flag.startsWith(VerifyExport.FLAG))) System.exit(VerifyExport.run(args));
        SpringApplication.run(WenpingApplication.class, args);
    }
}
