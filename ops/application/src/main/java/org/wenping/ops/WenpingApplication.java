package org.wenping.ops;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.wenping.ops.integrity.VerifyCommand;
import org.wenping.ops.evidence.VerifyExport;
import org.wenping.ops.integrity.WitnessCommand;
import org.wenping.ops.replay.RebuildCommand;

import java.util.List;

/**
 * Starts Wenping: command side, query side and the event store in one process; or, with
 * {@code --wenping.verify}, {@code --wenping.witness} or {@code --wenping.verify-export=<zip>}, runs that command
 * and exits with its code (the last needs nothing but the ZIP: no database, no Spring); with
 * {@code --wenping.rebuild=all} (or a projection), rebuilds offline without a web server and exits.
 */
@SpringBootApplication(scanBasePackages = "org.wenping")
@ConfigurationPropertiesScan("org.wenping.ops")
public class WenpingApplication {
    public static void main(String[] args) {
        String repeated = RepeatedDataDirectory.refusal(args);
        if (repeated != null) {
            System.err.println(repeated);
            System.exit(2);
        }
        List<String> flags = List.of(args);
        if (flags.contains(VerifyCommand.FLAG)) System.exit(VerifyCommand.run(args));
        if (flags.contains(WitnessCommand.FLAG)) System.exit(WitnessCommand.run(args));
        if (flags.stream().anyMatch(flag -> flag.startsWith(VerifyExport.FLAG))) System.exit(VerifyExport.run(args));
        // The rebuild runs without a web server and exits when done (RebuildCommand).
        WebApplicationType web = RebuildCommand.requested(args) ? WebApplicationType.NONE : WebApplicationType.SERVLET;
        try {
            new SpringApplicationBuilder(WenpingApplication.class).web(web).run(args);
        } catch (RuntimeException e) {
            // Spring Boot has reported why (a failure analyzer's sentence where there is one); a thread the
            // half-started context left behind must not keep the process alive.
            System.exit(1);
        }
    }
}
