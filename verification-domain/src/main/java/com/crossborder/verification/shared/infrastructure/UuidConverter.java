package com.crossborder.verification.shared.infrastructure;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.UUID;

/** Stores UUIDs as their 36-character text, which H2 and PostgreSQL compare and index alike. */
@Converter(autoApply = true)
public class UuidConverter implements AttributeConverter<UUID, String> {

    @Override
    public String convertToDatabaseColumn(UUID value) {
        return value == null ? null : value.toString();
    }

    @Override
    public UUID convertToEntityAttribute(String column) {
        return column == null ? null : UUID.fromString(column);
    }
}
