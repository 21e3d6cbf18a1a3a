package org.haven.shared.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.haven.HavenApplication;
import org.haven.testing.LogCapture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import ch.qos.logback.classic.Level;

/** Outside --demo, Haven does not start without a key, and says in one line what to set. */
@ExtendWith(OutputCaptureExtension.class)
class StartWithoutKeyTest {

    /** Spring Boot's report of the failed start: what the operator reads, kept out of the build log. */
    @RegisterExtension
    final LogCapture report = LogCapture.of("org.springframework.boot.diagnostics.LoggingFailureAnalysisReporter");

    /** The context's own line about the refresh it cancelled. */
    @RegisterExtension
    final LogCapture refresh = LogCapture.of(
            "org.springframework.boot.web.servlet.context.AnnotationConfigServletWebServerApplicationContext");

    @TempDir
    Path data;

    @Test
    void havenRefusesToStartWithoutAKeyAndSaysWhatToSet(CapturedOutput output) {
        // The tests' configuration sets a key: the command line takes it away again.
        assertThatThrownBy(() -> new SpringApplicationBuilder(HavenApplication.class)
                .run("--haven.crypto.key=", "--server.port=0", "--haven.data-dir=" + data))
                .hasRootCauseInstanceOf(EncryptionKeyException.class);

        assertThat(report.messages(Level.ERROR)).singleElement().asString().contains("APPLICATION FAILED TO START")
                .contains("Haven has no field-encryption key: set HAVEN_ENCRYPTION_KEY")
                .contains(EncryptionKeyFailureAnalyzer.ACTION);
        assertThat(report.events()).as("no stack trace").allSatisfy(event -> assertThat(event.getThrowableProxy()).isNull());
        assertThat(refresh.events()).allSatisfy(event -> assertThat(event.getThrowableProxy()).isNull());
        assertThat(output.getAll()).doesNotContain("\tat org.haven");
    }
}
