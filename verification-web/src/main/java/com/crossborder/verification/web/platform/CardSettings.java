package com.crossborder.verification.web.platform;

import com.crossborder.verification.card.model.CardCheckPolicy;
import com.crossborder.verification.card.model.CardNumber;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** What a card number looks like, and how many wrong check codes binding allows. */
@ApplicationScoped
public class CardSettings {

    @Inject
    @ConfigProperty(name = "verification.card.number-min-length", defaultValue = "10")
    int numberMinLength;

    @Inject
    @ConfigProperty(name = "verification.card.number-max-length", defaultValue = "20")
    int numberMaxLength;

    @Inject
    @ConfigProperty(name = "verification.card.check-max-failures-per-account", defaultValue = "5")
    int checkMaxFailuresPerAccount;

    @Inject
    @ConfigProperty(name = "verification.card.check-max-failures-per-card", defaultValue = "10")
    int checkMaxFailuresPerCard;

    @Inject
    @ConfigProperty(name = "verification.card.check-lock-duration", defaultValue = "PT15M")
    String checkLockDuration;

    @Produces
    @Singleton
    CardCheckPolicy cardCheckPolicy() {
        return new CardCheckPolicy(
                checkMaxFailuresPerAccount, checkMaxFailuresPerCard, Duration.parse(checkLockDuration));
    }

    @Produces
    @Singleton
    CardNumber.Format cardNumberFormat() {
        return new CardNumber.Format(numberMinLength, numberMaxLength);
    }
}
