package org.haven.account;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.OptionalLong;

import javax.crypto.spec.SecretKeySpec;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;

import org.apache.commons.codec.binary.Base32;
import org.springframework.stereotype.Component;

/**
 * TOTP codes (RFC 6238: HMAC-SHA-1, 6 digits, 30-second steps) through java-otp. A code is
 * accepted for the current step and one step either side (a phone's clock is rarely exact);
 * which step matched is returned, so the caller can refuse a code of a step already used.
 */
@Component
class TotpCodes {

    static final String ISSUER = "Haven";
    private static final Duration STEP = Duration.ofSeconds(30);
    private static final int DIGITS = 6;
    /** 160 bits, the size of an HMAC-SHA-1 block's worth of key RFC 4226 recommends. */
    private static final int SECRET_BYTES = 20;

    private final SecureRandom random = new SecureRandom();

    /** A new secret: 160 random bits in base32 (upper case, no padding), as authenticator apps take it. */
    String newSecret() {
        byte[] bytes = new byte[SECRET_BYTES];
        random.nextBytes(bytes);
        return new Base32().encodeAsString(bytes).replace("=", "");
    }

    /** The time step of {@code code} (6 digits) for {@code secret} around {@code now}, or empty when it matches none. */
    OptionalLong matchingStep(String secret, String code, Instant now) {
        if (code == null || !code.matches("\\d{" + DIGITS + "}")) {
            return OptionalLong.empty();
        }
        // A generator per check: cheap, and nothing is shared between requests.
        var generator = new TimeBasedOneTimePasswordGenerator(STEP, DIGITS,
                TimeBasedOneTimePasswordGenerator.TOTP_ALGORITHM_HMAC_SHA1);
        SecretKeySpec key = new SecretKeySpec(new Base32().decode(secret), generator.getAlgorithm());
        long current = now.getEpochSecond() / STEP.toSeconds();
        byte[] typed = code.getBytes(StandardCharsets.US_ASCII);
        for (long step = current - 1; step <= current + 1; step++) {
            String expected = generate(generator, key, Instant.ofEpochSecond(step * STEP.toSeconds()));
            if (MessageDigest.isEqual(typed, expected.getBytes(StandardCharsets.US_ASCII))) {
                return OptionalLong.of(step);
            }
        }
        return OptionalLong.empty();
    }

    /** The {@code otpauth://} URI authenticator apps read from the QR code (Key Uri Format). */
    static String otpauthUri(String secret, String accountName) {
        String label = encode(ISSUER + ":" + accountName);
        return "otpauth://totp/" + label + "?secret=" + secret + "&issuer=" + encode(ISSUER)
                + "&algorithm=SHA1&digits=" + DIGITS + "&period=" + STEP.toSeconds();
    }

    private static String generate(TimeBasedOneTimePasswordGenerator generator, SecretKeySpec key, Instant at) {
        try {
            // Locale.ROOT: ASCII digits whatever the server's locale (a Persian locale would format ۱۲۳).
            return generator.generateOneTimePasswordString(key, at, Locale.ROOT);
        } catch (InvalidKeyException e) {
            throw new IllegalStateException("A stored TOTP secret is not a usable key", e);
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
