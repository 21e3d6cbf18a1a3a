package org.haven.shared.crypto;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Locale;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-256-GCM for single database fields. Each value gets a fresh random 96-bit nonce; the
 * stored text is {@code v1:} + base64(nonce ‖ ciphertext ‖ tag), so a later key can be told
 * apart by its prefix. GCM authenticates: a changed byte fails to decrypt instead of giving
 * wrong plaintext.
 *
 * <p>Encrypted values cannot be searched, so a field that must be found by its value (a family
 * member's first name) also keeps a {@linkplain #searchKey search key}: an HMAC-SHA256 of the
 * normalised value under a second key derived from this one. It tells only whether two values
 * are equal, and only to someone holding the key.
 */
public final class FieldEncryptor {

    static final String PREFIX = "v1:";
    private static final String TRANSFORMATION = "AES/GCM/NoPadding";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final String HMAC = "HmacSHA256";
    /** Derives the search-key key from the field key (an HKDF-style expansion with a fixed label). */
    private static final byte[] SEARCH_KEY_LABEL = "haven search key v1".getBytes(StandardCharsets.UTF_8);

    private final SecretKey key;
    private final SecretKey searchKeyKey;
    private final SecureRandom random = new SecureRandom();
    /**
     * A cipher per thread, initialised again for every value: looking AES/GCM up
     * ({@code Cipher.getInstance}) and expanding the key, which a cipher keeps while its key stays
     * the same, were four fifths of a field's decryption, and a page of 20 families decrypts a few
     * hundred fields (docs/web-benchmark.md). A cipher is not thread-safe; one thread uses one at a
     * time, and every use starts with {@code init}, so nothing of a value outlives its call.
     */
    private final ThreadLocal<Cipher> ciphers = ThreadLocal.withInitial(FieldEncryptor::newCipher);

    public FieldEncryptor(SecretKey key) {
        if (!"AES".equals(key.getAlgorithm()) || key.getEncoded().length != 32) {
            throw new IllegalArgumentException("The field encryption key must be a 256-bit AES key");
        }
        this.key = key;
        this.searchKeyKey = new SecretKeySpec(hmac(key, SEARCH_KEY_LABEL), HMAC);
    }

    /** Whether both use the same key (key rotation refuses to "rotate" to the current key). */
    boolean sameKeyAs(FieldEncryptor other) {
        return java.security.MessageDigest.isEqual(key.getEncoded(), other.key.getEncoded());
    }

    /**
     * The value's search key: base64 of HMAC-SHA256 over its {@linkplain #normalise normal
     * form}, so "Nadia", " nadia " and "NADIA" have the same one. 44 characters.
     */
    public String searchKey(String plaintext) {
        if (plaintext == null) {
            return null;
        }
        return Base64.getEncoder().encodeToString(hmac(searchKeyKey, normalise(plaintext).getBytes(StandardCharsets.UTF_8)));
    }

    /** NFKC, surrounding spaces removed, inner runs of white space as one space, lower case. */
    static String normalise(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static byte[] hmac(SecretKey macKey, byte[] data) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(new SecretKeySpec(macKey.getEncoded(), HMAC));
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    private static Cipher newCipher() {
        try {
            return Cipher.getInstance(TRANSFORMATION);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES/GCM is not available", e);
        }
    }

    public String encrypt(String plaintext) {
        if (plaintext == null) {
            return null;
        }
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = ciphers.get();
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            byte[] stored = ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array();
            return PREFIX + Base64.getEncoder().encodeToString(stored);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Field encryption failed", e);
        }
    }

    public String decrypt(String stored) {
        if (stored == null) {
            return null;
        }
        if (!stored.startsWith(PREFIX)) {
            throw new IllegalStateException("An encrypted field has an unknown format");
        }
        byte[] bytes = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
        try {
            Cipher cipher = ciphers.get();
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, bytes, 0, NONCE_BYTES));
            byte[] plaintext = cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES);
            return new String(plaintext, StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("An encrypted field could not be decrypted: wrong key or changed data", e);
        }
    }
}
