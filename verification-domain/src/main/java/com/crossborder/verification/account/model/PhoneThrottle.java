package com.crossborder.verification.account.model;

import com.crossborder.verification.shared.model.BusinessClock;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/** How often a number has been sent codes: resend cooldown and daily cap. Locked while a code is issued. */
@Entity
@Table(name = "phone_throttle")
public class PhoneThrottle {

    @Id
    @Column(name = "phone_index", length = 64)
    private String phoneIndex;

    @Column(name = "last_sent_at", nullable = false)
    private Instant lastSentAt;

    @Column(name = "count_day", nullable = false)
    private LocalDate day;

    @Column(name = "sent_on_day", nullable = false)
    private int sentOnDay;

    protected PhoneThrottle() {}

    public PhoneThrottle(String phoneIndex) {
        this.phoneIndex = phoneIndex;
        this.lastSentAt = Instant.EPOCH;
        this.day = LocalDate.EPOCH;
    }

    /** How long the caller must wait before another SMS may go to this number; empty when it may go now. */
    public Optional<Duration> waitBeforeSending(SmsCodePolicy policy, BusinessClock clock) {
        Instant now = clock.now();
        Duration sinceLast = Duration.between(lastSentAt, now);
        if (sinceLast.compareTo(policy.resendCooldown()) < 0) {
            return Optional.of(policy.resendCooldown().minus(sinceLast));
        }
        LocalDate today = clock.today();
        if (today.equals(day) && sentOnDay >= policy.perNumberPerDay()) {
            // The day is the business day: the count starts again at midnight in the business time zone.
            return Optional.of(Duration.between(
                    now, today.plusDays(1).atStartOfDay(clock.zone()).toInstant()));
        }
        return Optional.empty();
    }

    public void sent(BusinessClock clock) {
        Instant now = clock.now();
        LocalDate today = clock.today();
        if (!today.equals(day)) {
            day = today;
            sentOnDay = 0;
        }
        sentOnDay++;
        lastSentAt = now;
    }
}
