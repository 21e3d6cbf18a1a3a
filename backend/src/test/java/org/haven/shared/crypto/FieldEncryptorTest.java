package org.haven.shared.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.Test;

class FieldEncryptorTest {

    private static SecretKeySpec randomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return new SecretKeySpec(key, "AES");
    }

    private final FieldEncryptor encryptor = new FieldEncryptor(randomKey());

    @Test
    void aValueComesBackAsItWasAndIsNotReadableStored() {
        String address = "Flat 2, 14 Ash Road, Leeds LS6 3AB — ایمن";

        String stored = encryptor.encrypt(address);

        assertThat(stored).startsWith("v1:").doesNotContain("Ash Road", "LS6");
        assertThat(encryptor.decrypt(stored)).isEqualTo(address);
    }

    @Test
    void theSameValueEncryptsDifferentlyEachTime() {
        assertThat(encryptor.encrypt("same text")).isNotEqualTo(encryptor.encrypt("same text"));
    }

    @Test
    void nullStaysNull() {
        assertThat(encryptor.encrypt(null)).isNull();
        assertThat(encryptor.decrypt(null)).isNull();
    }

    @Test
    void aChangedByteOrAnotherKeyIsRefusedRatherThanMisread() {
        String stored = encryptor.encrypt("sensitive");
        byte[] bytes = Base64.getDecoder().decode(stored.substring(3));
        bytes[bytes.length - 1] ^= 1;
        String tampered = "v1:" + Base64.getEncoder().encodeToString(bytes);

        assertThatThrownBy(() -> encryptor.decrypt(tampered)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new FieldEncryptor(randomKey()).decrypt(stored))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void onlyA256BitAesKeyIsAccepted() {
        assertThatThrownBy(() -> new FieldEncryptor(new SecretKeySpec(new byte[16], "AES")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
