package org.haven.shared.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

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

    /** Each thread reuses one cipher: a refused value, or another key's work between, leaves no trace. */
    @Test
    void aRefusedValueOrAnotherKeysValueBetweenChangesNothingForTheNext() {
        FieldEncryptor other = new FieldEncryptor(randomKey());
        String stored = encryptor.encrypt("first");
        String othersValue = other.encrypt("other's");
        byte[] bytes = Base64.getDecoder().decode(stored.substring(3));
        bytes[5] ^= 1;
        String tampered = "v1:" + Base64.getEncoder().encodeToString(bytes);

        assertThatThrownBy(() -> encryptor.decrypt(tampered)).isInstanceOf(IllegalStateException.class);
        assertThat(encryptor.decrypt(stored)).isEqualTo("first");
        assertThat(other.decrypt(othersValue)).isEqualTo("other's");
        assertThatThrownBy(() -> encryptor.decrypt(othersValue)).isInstanceOf(IllegalStateException.class);
        String second = encryptor.encrypt("second");
        assertThat(encryptor.decrypt(second)).isEqualTo("second");
        assertThat(encryptor.decrypt(stored)).isEqualTo("first");
    }

    /** Many threads at once each read back exactly what they wrote. */
    @Test
    void manyThreadsAtOnceEachGetTheirOwnValuesBack() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int thread = t;
                results.add(threads.submit(() -> {
                    for (int i = 0; i < 2_000; i++) {
                        String value = "thread " + thread + " value " + i;
                        if (!encryptor.decrypt(encryptor.encrypt(value)).equals(value)) {
                            return false;
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> result : results) {
                assertThat(result.get()).isTrue();
            }
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void onlyA256BitAesKeyIsAccepted() {
        assertThatThrownBy(() -> new FieldEncryptor(new SecretKeySpec(new byte[16], "AES")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
