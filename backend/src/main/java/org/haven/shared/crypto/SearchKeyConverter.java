package org.haven.shared.crypto;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import org.springframework.stereotype.Component;

/** Stores a {@link SearchKey} as its keyed hash, with the configured key (Hibernate gets it from Spring). */
@Component
@Converter
public class SearchKeyConverter implements AttributeConverter<SearchKey, String> {

    private final FieldEncryptor encryptor;

    public SearchKeyConverter(FieldEncryptor encryptor) {
        this.encryptor = encryptor;
    }

    @Override
    public String convertToDatabaseColumn(SearchKey key) {
        return key == null ? null : key.toColumn(encryptor);
    }

    @Override
    public SearchKey convertToEntityAttribute(String stored) {
        return stored == null ? null : SearchKey.stored(stored);
    }
}
