package org.haven.shared.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.haven.HavenApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** Outside --demo, Haven does not start without a key, and says in one line what to set. */
@ExtendWith(OutputCaptureExtension.class)
class StartWithoutKeyTest {

    @TempDir
    Path data;

    @Test
    void havenRefusesToStartWithoutAKeyAndSaysWhatToSet(CapturedOutput output) {
        // The tests' configuration sets a key: the command line takes it away again.
        assertThatThrownBy(() -> new SpringApplicationBuilder(HavenApplication.class)
                .run("--haven.crypto.key=", "--server.port=0", "--haven.data-dir=" + data))
                .hasRootCauseInstanceOf(EncryptionKeyException.class);

        assertThat(output.getAll()).contains("APPLICATION FAILED TO START")
                .contains("Haven has no field-encryption key: set HAVEN_ENCRYPTION_KEY")
                .contains(EncryptionKeyFailureAnalyzer.ACTION)
                .doesNotContain("\tat org.haven");
    }
}
