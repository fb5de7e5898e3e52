package com.crossborder.verification.identity.usecase;

import com.crossborder.verification.identity.model.DocumentNumber;
import com.crossborder.verification.identity.model.IdentityDocument;
import com.crossborder.verification.identity.model.PersonName;
import com.crossborder.verification.shared.crypto.BlindIndex;
import com.crossborder.verification.shared.crypto.FieldCipher;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.text.Normalizer;
import java.util.Locale;

/** How document numbers and names are kept: encrypted, and compared through blind indexes. */
@ApplicationScoped
public class IdentityProtection {

    static final String NUMBER_CONTEXT = "application_identity.number";
    static final String NAME_CONTEXT = "application_identity.name";

    @Inject
    FieldCipher cipher;

    @Inject
    BlindIndex index;

    /** The person behind a document: type and identity key (a 回乡证's first nine characters). */
    public String identityIndex(IdentityDocument document) {
        return identityIndex(document.number());
    }

    public String identityIndex(DocumentNumber number) {
        return index.of("identity", number.type().name() + ":" + number.identityKey());
    }

    /** Names compare without regard to case, width or spacing. */
    public String nameIndex(String name) {
        String folded = Normalizer.normalize(name, Normalizer.Form.NFKC)
                .strip()
                .replaceAll("\\s+", " ")
                .toUpperCase(Locale.ROOT);
        return index.of("name", folded);
    }

    public byte[] encryptNumber(IdentityDocument document) {
        return encryptNumber(document.number());
    }

    public byte[] encryptNumber(DocumentNumber number) {
        return cipher.encryptText(number.normalized(), NUMBER_CONTEXT);
    }

    public byte[] encryptName(String name) {
        return cipher.encryptText(name, NAME_CONTEXT);
    }

    /** A stored name, masked for staff screens ({@link PersonName#masked}); the clear name never leaves this method. */
    public String maskedName(byte[] nameEncrypted) {
        return PersonName.masked(cipher.decryptText(nameEncrypted, NAME_CONTEXT));
    }
}
