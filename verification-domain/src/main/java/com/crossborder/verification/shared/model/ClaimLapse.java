package com.crossborder.verification.shared.model;

import java.time.Duration;
import java.time.Instant;

/**
 * The rule for an outbox row (an SMS, a webhook call) that a dispatcher claimed and then never finished — because
 * the process died between handing it over and recording the answer, or because the answer never came: the claim
 * lapses after {@code timeout}, and the row is then <em>sent once more</em>, at most {@code uncertainResends} times
 * in its life. A row whose outcome was unknown that often is given up (FAILED) rather than risk a third copy.
 *
 * <p>The timeout must be longer than any one hand-over can take (an SMSC's answer to every part of a long text),
 * or a slow but live dispatcher's row would be sent twice. Every outbox applies the rule the same way: each claim
 * records when it was taken, and every dispatcher pass first takes back claims older than the timeout.
 */
public record ClaimLapse(Duration timeout, int uncertainResends) {

    /** Five minutes; resend once. */
    public static final ClaimLapse DEFAULT = new ClaimLapse(Duration.ofMinutes(5), 1);

    public ClaimLapse {
        if (timeout == null || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("a claim lapse must be positive");
        }
        if (uncertainResends < 0) {
            throw new IllegalArgumentException("uncertain resends must not be negative");
        }
    }

    /** Claims taken before this instant have lapsed. */
    public Instant lapsedBefore(Instant now) {
        return now.minus(timeout);
    }

    /** Whether a row whose outcome was unknown {@code soFar} times before may be sent again. */
    public boolean mayResend(int soFar) {
        return soFar < uncertainResends;
    }
}
