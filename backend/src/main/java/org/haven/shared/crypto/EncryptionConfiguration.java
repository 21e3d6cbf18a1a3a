package org.haven.shared.crypto;

import java.nio.file.Path;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The field-encryption key ({@link EncryptionKeys}): from {@code HAVEN_ENCRYPTION_KEY} or a key
 * file outside the data folder ({@code HAVEN_ENCRYPTION_KEY_FILE}); never stored in the database.
 * Only {@code --demo} generates one. Without a key Haven does not start
 * ({@link EncryptionKeyFailureAnalyzer} says what to set).
 */
@Configuration(proxyBeanMethods = false)
public class EncryptionConfiguration {

    @Bean
    FieldEncryptor fieldEncryptor(@Value("${haven.crypto.key:}") String configuredKey,
            @Value("${haven.crypto.key-file:}") String keyFile,
            @Value("${haven.crypto.allow-generated-key:false}") boolean allowGeneratedKey,
            @Value("${haven.data-dir}") Path dataDir) {
        return new FieldEncryptor(EncryptionKeys.fieldKey(configuredKey, keyFile, allowGeneratedKey, dataDir));
    }
}
