package org.haven.shared.crypto;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * A start-up without a usable key ends with Spring Boot's "APPLICATION FAILED TO START" report:
 * the one-line reason and what to do, instead of a stack trace (registered in
 * META-INF/spring.factories).
 */
class EncryptionKeyFailureAnalyzer extends AbstractFailureAnalyzer<EncryptionKeyException> {

    static final String ACTION = "Set HAVEN_ENCRYPTION_KEY, or HAVEN_ENCRYPTION_KEY_FILE to a key file outside "
            + "HAVEN_DATA_DIR readable by Haven's user only; see docs/operations.md (Encryption key).";

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, EncryptionKeyException cause) {
        return new FailureAnalysis(cause.getMessage(), ACTION, null);
    }
}
