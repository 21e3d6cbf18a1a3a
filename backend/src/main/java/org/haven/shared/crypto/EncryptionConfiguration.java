package org.haven.shared.crypto;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The key for encrypted fields comes from {@code HAVEN_ENCRYPTION_KEY} (base64 of 32 random
 * bytes) and is never stored in the database. Without it, and only when
 * {@code haven.crypto.allow-generated-key} is true (the H2 default for trying Haven out), a key
 * is generated once into a file beside the database; the PostgreSQL profile refuses to start
 * without a configured key.
 */
@Configuration(proxyBeanMethods = false)
public class EncryptionConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EncryptionConfiguration.class);
    private static final int KEY_BYTES = 32;

    @Bean
    FieldEncryptor fieldEncryptor(@Value("${haven.crypto.key:}") String configuredKey,
            @Value("${haven.crypto.allow-generated-key:false}") boolean allowGeneratedKey,
            @Value("${haven.data-dir}") Path dataDir) {
        if (!configuredKey.isBlank()) {
            return new FieldEncryptor(aesKey(Base64.getDecoder().decode(configuredKey.strip())));
        }
        if (!allowGeneratedKey) {
            throw new IllegalStateException(
                    "Set HAVEN_ENCRYPTION_KEY to base64 of 32 random bytes (openssl rand -base64 32)");
        }
        return new FieldEncryptor(aesKey(generatedKey(dataDir.resolve("field-encryption.key"))));
    }

    private static SecretKeySpec aesKey(byte[] bytes) {
        if (bytes.length != KEY_BYTES) {
            throw new IllegalStateException("HAVEN_ENCRYPTION_KEY must decode to 32 bytes, not " + bytes.length);
        }
        return new SecretKeySpec(bytes, "AES");
    }

    private static byte[] generatedKey(Path file) {
        try {
            if (Files.exists(file)) {
                return Base64.getDecoder().decode(Files.readString(file).strip());
            }
            byte[] key = new byte[KEY_BYTES];
            new SecureRandom().nextBytes(key);
            Files.createDirectories(file.getParent());
            Files.writeString(file, Base64.getEncoder().encodeToString(key));
            restrictToOwner(file);
            log.warn("Generated a field encryption key in {} (fine for trying Haven out on H2). Keep that file: "
                    + "without it the encrypted fields (addresses, notes) cannot be read; back it up apart from "
                    + "the database. For real use, set HAVEN_ENCRYPTION_KEY to the output of "
                    + "'openssl rand -base64 32' before the first start (docs/operations.md).", file);
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read or create the field encryption key " + file, e);
        }
    }

    private static void restrictToOwner(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            log.warn("Could not restrict the permissions of {}", file);
        }
    }
}
