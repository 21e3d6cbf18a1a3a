package org.haven.shared.crypto;

/**
 * Haven cannot get its field-encryption key: the message says, in one line, what to set. Start-up
 * stops with it ({@link EncryptionKeyFailureAnalyzer}); so does {@code rotate-key}.
 */
public class EncryptionKeyException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    EncryptionKeyException(String message) {
        super(message);
    }

    EncryptionKeyException(String message, Throwable cause) {
        super(message, cause);
    }
}
