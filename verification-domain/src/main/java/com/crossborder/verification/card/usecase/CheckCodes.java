package com.crossborder.verification.card.usecase;

import com.crossborder.verification.card.model.CardNumber;
import com.crossborder.verification.card.model.CheckCode;
import com.crossborder.verification.shared.crypto.BlindIndex;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The keyed hash a check code is kept as: HMAC-SHA256 with the index key over purpose {@code card-check-code} and
 * {@code <card number>:<code>} (upper case), so that equal codes on two cards never hash alike.
 */
@ApplicationScoped
public class CheckCodes {

    static final String PURPOSE = "card-check-code";

    @Inject
    BlindIndex index;

    public String hash(CardNumber number, CheckCode code) {
        return index.of(PURPOSE, number.value() + ":" + code.value());
    }
}
