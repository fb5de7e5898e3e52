package com.crossborder.verification.shared.model;

import java.util.List;

/**
 * Every column that holds a ciphertext, read a keyset page at a time, so that the values can be written again under
 * the current key (key rotation).
 */
public interface Ciphertexts {

    /** A column of ciphertexts and the context its values are bound to (see {@code FieldCipher}). */
    record Column(String table, String column, String context) {}

    /** One stored value and the key of its row ({@code a/b} for a two-column key). */
    record Stored(String rowKey, byte[] value) {}

    List<Column> columns();

    /** Non-null values of the column in rows after {@code afterRowKey} (null: from the start), in row-key order. */
    List<Stored> page(Column column, String afterRowKey, int size);

    /** Replaces the value if the row still holds {@code old}; whether it did. */
    boolean replace(Column column, String rowKey, byte[] old, byte[] fresh);
}
