package org.haven.shared.crypto;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import org.springframework.stereotype.Component;

/**
 * For a yes/no fact that is special category data (a health need, an LGBTQI+ flag): stored as
 * ciphertext, so the column does not reveal it either (each value gets its own nonce).
 */
@Component
@Converter
public class EncryptedBooleanConverter implements AttributeConverter<Boolean, String> {

    private final FieldEncryptor encryptor;

    public EncryptedBooleanConverter(FieldEncryptor encryptor) {
        this.encryptor = encryptor;
    }

    @Override
    public String convertToDatabaseColumn(Boolean value) {
        return value == null ? null : encryptor.encrypt(value.toString());
    }

    @Override
    public Boolean convertToEntityAttribute(String stored) {
        return stored == null ? null : Boolean.valueOf(encryptor.decrypt(stored));
    }
}
