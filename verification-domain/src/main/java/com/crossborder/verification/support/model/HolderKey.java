package com.crossborder.verification.support.model;

import com.crossborder.verification.card.model.CardNumber;
import com.crossborder.verification.identity.model.DocumentNumber;
import com.crossborder.verification.shared.model.PhoneNumber;

/** What customer service looks a holder up by: exactly one of a phone number, a card number or a document. */
public sealed interface HolderKey {

    /** How the key is named in audit rows. */
    String kind();

    /** The key as an audit row may show it: masked. */
    String masked();

    /** The holder's account phone. */
    record Phone(PhoneNumber phone) implements HolderKey {
        public String kind() {
            return "phone";
        }

        public String masked() {
            return phone.masked();
        }
    }

    /** A card on the holder's account. */
    record Card(CardNumber number) implements HolderKey {
        public String kind() {
            return "cardNumber";
        }

        public String masked() {
            return "****" + number.lastFour();
        }
    }

    /** A document the holder applied with, online or at a counter. */
    record Document(DocumentNumber number) implements HolderKey {
        public String kind() {
            return "document";
        }

        public String masked() {
            return number.type() + ":" + number.masked();
        }
    }
}
