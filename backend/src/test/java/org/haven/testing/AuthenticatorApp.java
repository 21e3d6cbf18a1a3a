package org.haven.testing;

import java.security.InvalidKeyException;
import java.time.Instant;
import java.util.Locale;

import javax.crypto.spec.SecretKeySpec;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;

import org.apache.commons.codec.binary.Base32;

/** What a person's authenticator app shows: the TOTP code of a base32 secret at a moment (java-otp, RFC 6238). */
public final class AuthenticatorApp {

    private AuthenticatorApp() {
    }

    public static String code(String secret, Instant at) {
        TimeBasedOneTimePasswordGenerator generator = new TimeBasedOneTimePasswordGenerator();
        try {
            return generator.generateOneTimePasswordString(
                    new SecretKeySpec(new Base32().decode(secret), generator.getAlgorithm()), at, Locale.ROOT);
        } catch (InvalidKeyException e) {
            throw new AssertionError(e);
        }
    }
}
