package org.haven;

import java.util.Arrays;

import org.haven.matching.solver.cli.Commands;
import org.haven.shared.crypto.KeyCommands;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class HavenApplication {

    /** The command-line flag that loads demo accounts and data (the {@code demo} profile). */
    static final String DEMO_FLAG = "--demo";

    public static void main(String[] args) {
        if (Commands.isCommand(args)) {
            // A command-line mode: no Spring, no web server, no database; exit explicitly when done.
            System.exit(Commands.run(args, System.out, System.err));
        }
        if (KeyCommands.isCommand(args)) {
            // generate-key, rotate-key: no web server; rotate-key opens the database with a context of its own.
            System.exit(KeyCommands.run(args, System.getenv(), System.out, System.err));
        }
        SpringApplication application = new SpringApplication(HavenApplication.class);
        if (Arrays.asList(args).contains(DEMO_FLAG)) {
            application.setAdditionalProfiles("demo");
        }
        application.run(withoutDemoFlag(args));
    }

    private static String[] withoutDemoFlag(String[] args) {
        return Arrays.stream(args).filter(arg -> !DEMO_FLAG.equals(arg)).toArray(String[]::new);
    }
}
