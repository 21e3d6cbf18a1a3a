package org.haven.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The password rules of OWASP ASVS 2.1 / NIST 800-63B: 12 to 128 characters of any kind, no
 * composition rules, and none of the most common passwords. Length counts Unicode code points
 * after NFKC normalisation, so an emoji or a Dari letter counts as one character.
 */
@Component
public class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    /** The 10,000 most common passwords plus every longer one of the same source list; see docs/security.md. */
    private static final String COMMON_PASSWORDS = "security/common-passwords.txt";

    private final Set<String> commonPasswords;

    public PasswordPolicy() {
        this.commonPasswords = loadCommonPasswords();
    }

    /** The same text for every way of typing it (composed or decomposed accents, full-width forms). */
    static String normalize(String password) {
        return Normalizer.normalize(password, Normalizer.Form.NFKC);
    }

    /** Why a password is refused: a stable code for clients to translate, and an English message. */
    public enum PasswordProblem {
        MISSING("required", "Enter a password."),
        TOO_SHORT("password-too-short",
                "Use at least " + MIN_LENGTH + " characters. A few words in a row are easy to remember."),
        TOO_LONG("password-too-long", "Use at most " + MAX_LENGTH + " characters."),
        COMMON("password-common",
                "This password is one of the most common ones and easy to guess. Choose another."),
        SAME_AS_EMAIL("password-same-as-email", "Do not use your email address as your password.");

        private final String code;
        private final String message;

        PasswordProblem(String code, String message) {
            this.code = code;
            this.message = message;
        }

        public String code() {
            return code;
        }

        public String message() {
            return message;
        }
    }

    /** Why the password is refused, or empty when it is acceptable. */
    public Optional<PasswordProblem> problemWith(String password, String email) {
        if (password == null || password.isEmpty()) {
            return Optional.of(PasswordProblem.MISSING);
        }
        String normalized = normalize(password);
        int length = normalized.codePointCount(0, normalized.length());
        if (length < MIN_LENGTH) {
            return Optional.of(PasswordProblem.TOO_SHORT);
        }
        if (length > MAX_LENGTH) {
            return Optional.of(PasswordProblem.TOO_LONG);
        }
        String lowerCase = normalized.toLowerCase(Locale.ROOT);
        if (commonPasswords.contains(lowerCase)) {
            return Optional.of(PasswordProblem.COMMON);
        }
        if (email != null && lowerCase.equals(email.trim().toLowerCase(Locale.ROOT))) {
            return Optional.of(PasswordProblem.SAME_AS_EMAIL);
        }
        return Optional.empty();
    }

    int commonPasswordCount() {
        return commonPasswords.size();
    }

    private static Set<String> loadCommonPasswords() {
        Set<String> passwords = new HashSet<>();
        ClassPathResource resource = new ClassPathResource(COMMON_PASSWORDS);
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8))) {
            reader.lines().map(String::strip).filter(line -> !line.isEmpty())
                    .forEach(line -> passwords.add(normalize(line).toLowerCase(Locale.ROOT)));
        } catch (IOException e) {
            throw new UncheckedIOException("The common-password list is missing from the application", e);
        }
        return Set.copyOf(passwords);
    }
}
