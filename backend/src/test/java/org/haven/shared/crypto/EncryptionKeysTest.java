package org.haven.shared.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.haven.testing.LogCapture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import ch.qos.logback.classic.Level;

/** Where the key may come from: never from beside the data, except in the demo. */
class EncryptionKeysTest {

    private static final String KEY = "Al9mtkwb5iKwdul81Sy+D/2y59D//oshUV4AQMY/C8E=";

    @TempDir
    Path work;

    /** The demo's warning about the key it generated, checked here instead of printed. */
    @RegisterExtension
    final LogCapture log = LogCapture.of(EncryptionKeys.class);

    @Test
    void withoutAKeyHavenSaysInOneLineWhatToSet() {
        Path data = work.resolve("data");
        assertThatThrownBy(() -> EncryptionKeys.fieldKey("", "", false, data))
                .isInstanceOf(EncryptionKeyException.class)
                .hasMessageContaining("set HAVEN_ENCRYPTION_KEY").hasMessageContaining("HAVEN_ENCRYPTION_KEY_FILE")
                .hasMessageContaining("only --demo generates one")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
        assertThat(data.resolve(EncryptionKeys.GENERATED_KEY_FILE)).doesNotExist();
    }

    @Test
    void aKeyAnEarlierStartGeneratedIsNamedSoItCanBeMovedOut() throws Exception {
        Path data = Files.createDirectories(work.resolve("data"));
        Files.writeString(data.resolve(EncryptionKeys.GENERATED_KEY_FILE), KEY);
        assertThatThrownBy(() -> EncryptionKeys.fieldKey("", "", false, data))
                .hasMessageContaining("move it out of the data folder");
    }

    @Test
    void aKeyFileOutsideTheDataFolderReadableByItsOwnerOnlyIsUsed() throws Exception {
        Path file = work.resolve("keys").resolve("haven.key");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        KeyCommands.run(new String[] {"generate-key", file.toString()}, java.util.Map.of(), printing(out), System.err);

        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Wrote a new field-encryption key to " + file);
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(EncryptionKeys.fieldKey("", file.toString(), false, work.resolve("data")).getEncoded())
                .hasSize(32).isEqualTo(java.util.Base64.getDecoder().decode(Files.readString(file).strip()));
    }

    @Test
    void aKeyFileInsideTheDataFolderIsRefused() throws Exception {
        Path data = Files.createDirectories(work.resolve("data"));
        Path file = Files.createDirectories(data.resolve("keys")).resolve("haven.key");
        EncryptionKeys.writeNewKeyFile(file);

        assertThatThrownBy(() -> EncryptionKeys.fieldKey("", file.toString(), false, data))
                .isInstanceOf(EncryptionKeyException.class).hasMessageContaining("inside the data folder");
        assertThatThrownBy(() -> EncryptionKeys.fieldKey("", data.resolve("keys/../keys/haven.key").toString(), false,
                work.resolve("./data"))).hasMessageContaining("inside the data folder");
    }

    @Test
    void aKeyFileOthersCanReadIsRefused() throws Exception {
        Path file = work.resolve("haven.key");
        Files.writeString(file, KEY);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));

        assertThatThrownBy(() -> EncryptionKeys.fieldKey("", file.toString(), false, work.resolve("data")))
                .isInstanceOf(EncryptionKeyException.class).hasMessageContaining("chmod 600 " + file);
    }

    @Test
    void bothSettingsOrAKeyOfTheWrongSizeAreRefused() {
        assertThatThrownBy(() -> EncryptionKeys.fieldKey(KEY, "/etc/haven.key", false, work))
                .hasMessageContaining("set one of them");
        assertThatThrownBy(() -> EncryptionKeys.fieldKey("c2hvcnQ=", "", false, work))
                .hasMessageContaining("not 5 bytes");
        assertThatThrownBy(() -> EncryptionKeys.fieldKey("not base64!", "", false, work))
                .hasMessageContaining("not base64");
    }

    @Test
    void onlyTheDemoGeneratesAKeyIntoTheDataFolderForItsOwnerOnly() throws Exception {
        Path data = work.resolve("data");
        byte[] first = EncryptionKeys.fieldKey("", "", true, data).getEncoded();

        Path generated = data.resolve(EncryptionKeys.GENERATED_KEY_FILE);
        assertThat(Files.getPosixFilePermissions(generated)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(EncryptionKeys.fieldKey("", "", true, data).getEncoded()).as("kept across starts").isEqualTo(first);
        assertThat(log.messages(Level.WARN)).as("said once, when it was generated").singleElement().asString()
                .contains("Generated a field encryption key in " + generated).contains("HAVEN_ENCRYPTION_KEY_FILE");
    }

    @Test
    void generateKeyNeverOverwritesAKey() throws Exception {
        Path file = work.resolve("haven.key");
        Files.writeString(file, KEY);
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertThat(KeyCommands.run(new String[] {"generate-key", file.toString()}, java.util.Map.of(), System.out,
                printing(err))).isEqualTo(KeyCommands.FAILED);
        assertThat(Files.readString(file)).isEqualTo(KEY);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains(file + " exists already: Haven never overwrites a key.");
    }

    /** What a command prints, kept for the assertions instead of the build log. */
    private static PrintStream printing(ByteArrayOutputStream bytes) {
        return new PrintStream(bytes, true, StandardCharsets.UTF_8);
    }
}
