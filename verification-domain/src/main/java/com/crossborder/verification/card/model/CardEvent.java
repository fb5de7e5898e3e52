package com.crossborder.verification.card.model;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * A change of a card's verification status that the card operator hears about, by its Standard Webhooks type.
 *
 * @param channel how the verification was decided; empty for a card verified before channels were recorded
 * @param applicationId the application that led to it, when one did
 */
public record CardEvent(
        Type type, CardNumber cardNumber, CardStatus status, Channel channel, UUID applicationId, Instant at) {

    /** The event types, as the operator's receiver sees them. */
    public enum Type {
        VERIFIED("card.verified"),
        VERIFICATION_REJECTED("card.verification_rejected"),
        REVERIFICATION_REQUIRED("card.reverification_required"),
        UNVERIFIED("card.unverified");

        private final String wireName;

        Type(String wireName) {
            this.wireName = wireName;
        }

        public String wireName() {
            return wireName;
        }

        public static Optional<Type> ofWireName(String name) {
            for (Type type : values()) {
                if (type.wireName.equals(name)) {
                    return Optional.of(type);
                }
            }
            return Optional.empty();
        }
    }

    public Optional<Channel> channelIfKnown() {
        return Optional.ofNullable(channel);
    }

    public Optional<UUID> applicationIdIfAny() {
        return Optional.ofNullable(applicationId);
    }
}
