package com.crossborder.verification.application.model;

import java.time.Instant;
import java.util.Map;

/** Counts of applications for operators' metrics, straight from the database (so every node reports the same). */
public interface ApplicationTallies {

    /** How an application came in: at an outlet's counter (it has a visit) or online. */
    enum Channel {
        ONLINE,
        OUTLET
    }

    /** Applications past the draft stage by channel and status, and open ones past their deadline. */
    record Tally(Map<Channel, Map<ApplicationStatus, Long>> byChannel, long slaBreaches) {

        public Tally {
            byChannel = Map.copyOf(byChannel);
        }

        public long count(Channel channel, ApplicationStatus status) {
            return byChannel.getOrDefault(channel, Map.of()).getOrDefault(status, 0L);
        }
    }

    Tally tally(Instant now);
}
