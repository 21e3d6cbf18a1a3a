package org.haven.shared.crypto;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import org.springframework.stereotype.Component;

/**
 * Put {@code @Convert(converter = EncryptedStringConverter.class)} on a sensitive text field:
 * the column then only ever holds ciphertext. Hibernate gets this converter from Spring, so it
 * uses the configured key.
 */
@Component
@Converter
public class EncryptedStringConverter implements AttributeConverter<String, String> {

    private final FieldEncryptor encryptor;

    public EncryptedStringConverter(FieldEncryptor encryptor) {
        this.encryptor = encryptor;
    }

    @Override
    public String convertToDatabaseColumn(String plaintext) {
        return encryptor.encrypt(plaintext);
    }

    @Override
    public String convertToEntityAttribute(String stored) {
        return encryptor.decrypt(stored);
    }
}
