package com.crossborder.verification.web.platform;

import com.crossborder.verification.card.model.CardNumber;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** What a card number looks like. */
@ApplicationScoped
public class CardSettings {

    @Inject
    @ConfigProperty(name = "verification.card.number-min-length", defaultValue = "10")
    int numberMinLength;

    @Inject
    @ConfigProperty(name = "verification.card.number-max-length", defaultValue = "20")
    int numberMaxLength;

    @Produces
    @Singleton
    CardNumber.Format cardNumberFormat() {
        return new CardNumber.Format(numberMinLength, numberMaxLength);
    }
}
