package org.haven.reliability;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * How the failsafe tests launch the packaged app: Spring Boot's class-data-sharing layout (the jar
 * extracted with {@code -Djarmode=tools}, plus a JVM archive of the classes a start loads, made by
 * one training start). A start then takes about two thirds of the time, which matters over the
 * twenty or so starts of the reliability tests. Prepared once per test JVM, again whenever the jar
 * is newer than the archive; if it cannot be made the tests launch the jar itself. The browser
 * tests still launch {@code target/haven.jar} as it ships, so its own start is tested too.
 */
final class ClassDataSharing {

    /**
     * C1 only (the app starts about a third faster); the same for the training start and every
     * start after it, as the archive needs.
     */
    static final List<String> JVM_FLAGS = List.of("-Xmx768m", "-XX:TieredStopAtLevel=1");

    private static final Path DIRECTORY = Path.of("target/haven-cds");
    private static final Path EXTRACTED_JAR = DIRECTORY.resolve("haven.jar");
    private static final Path ARCHIVE = DIRECTORY.resolve("haven.jsa");

    private static List<String> launch;

    private ClassDataSharing() {
    }

    /** {@code java}, its flags and the jar to run, ready for the app's own arguments. */
    static synchronized List<String> javaCommand(Path jar) {
        if (launch == null) {
            launch = prepare(jar);
        }
        return launch;
    }

    private static List<String> prepare(Path jar) {
        List<String> plain = command(List.of(), jar);
        try {
            if (!upToDate(jar)) {
                train(jar);
            }
            if (upToDate(jar)) {
                return command(List.of("-XX:SharedArchiveFile=" + ARCHIVE.toAbsolutePath()), EXTRACTED_JAR);
            }
            System.out.println("ClassDataSharing: no archive was made (see target/haven-cds.log); launching the jar");
        } catch (IOException | InterruptedException e) {
            System.out.println("ClassDataSharing: " + e + "; launching the jar");
        }
        return plain;
    }

    private static boolean upToDate(Path jar) throws IOException {
        return Files.exists(ARCHIVE) && Files.exists(EXTRACTED_JAR)
                && Files.getLastModifiedTime(ARCHIVE).compareTo(Files.getLastModifiedTime(jar)) > 0;
    }

    private static void train(Path jar) throws IOException, InterruptedException {
        deleteTree(DIRECTORY);
        Files.createDirectories(DIRECTORY);
        // Beside the directory, not in it: extracting wants an empty one.
        Path log = Path.of("target/haven-cds.log");
        run(log, List.of("java", "-Djarmode=tools", "-jar", jar.toAbsolutePath().toString(), "extract",
                "--destination", DIRECTORY.toAbsolutePath().toString()));
        // Spring Boot's training run: start until the context is refreshed, then exit and write the archive.
        List<String> training = new ArrayList<>(command(
                List.of("-XX:ArchiveClassesAtExit=" + ARCHIVE.toAbsolutePath(), "-Dspring.context.exit=onRefresh"),
                EXTRACTED_JAR));
        training.addAll(List.of("--demo", "--server.port=0",
                "--haven.data-dir=" + DIRECTORY.resolve("training-data").toAbsolutePath()));
        run(log, training);
    }

    private static void run(Path log, List<String> command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().put("HAVEN_DEMO_PASSWORD", PackagedHaven.DEMO_PASSWORD);
        Process process = builder.start();
        if (!process.waitFor(3, TimeUnit.MINUTES)) {
            process.destroyForcibly();
        }
    }

    private static List<String> command(List<String> extraFlags, Path jar) {
        List<String> command = new ArrayList<>(List.of("java"));
        command.addAll(JVM_FLAGS);
        command.addAll(extraFlags);
        command.addAll(List.of("-jar", jar.toAbsolutePath().toString()));
        return List.copyOf(command);
    }

    private static void deleteTree(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (var paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
