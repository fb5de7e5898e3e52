package com.crossborder.verification.shared.usecase;

import com.crossborder.verification.shared.crypto.FieldCipher;
import com.crossborder.verification.shared.model.Ciphertexts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * Key rotation: every ciphertext not yet written under the current key (or written before ciphertexts named their key)
 * is decrypted with the key it names and written again under the current one, a page of rows per transaction. Run by
 * the batch job {@code key-rotation}; running it again changes nothing.
 */
@ApplicationScoped
public class KeyRotation {

    /** What one page did: where it ended, how many values were written again and how many were already current. */
    public record Page(String lastRowKey, int reencrypted, int current, boolean last) {}

    @Inject
    Ciphertexts ciphertexts;

    @Inject
    FieldCipher cipher;

    public List<Ciphertexts.Column> columns() {
        return ciphertexts.columns();
    }

    public String currentKeyId() {
        return cipher.currentKeyId();
    }

    /** Writes one page of the column again under the current key, in a transaction of its own. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Page reencrypt(Ciphertexts.Column column, String afterRowKey, int size) {
        List<Ciphertexts.Stored> page = ciphertexts.page(column, afterRowKey, size);
        int reencrypted = 0;
        int current = 0;
        for (Ciphertexts.Stored stored : page) {
            try {
                if (cipher.isCurrent(stored.value())) {
                    current++;
                } else if (ciphertexts.replace(
                        column, stored.rowKey(), stored.value(), cipher.reencrypt(stored.value(), column.context()))) {
                    reencrypted++;
                }
            } catch (IllegalArgumentException e) {
                // Names the place (a row key is an id, never personal data) so that an operator can look at it.
                throw new IllegalStateException(
                        column.table() + "." + column.column() + " of row " + stored.rowKey() + ": " + e.getMessage(),
                        e);
            }
        }
        String last = page.isEmpty() ? afterRowKey : page.get(page.size() - 1).rowKey();
        return new Page(last, reencrypted, current, page.size() < size);
    }
}
