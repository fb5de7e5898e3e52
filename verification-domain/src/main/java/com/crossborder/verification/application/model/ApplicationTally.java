package com.crossborder.verification.application.model;

import java.util.Map;

/** Applications past the draft stage by channel and status, and open ones past their deadline. */
public record ApplicationTally(Map<Channel, Map<ApplicationStatus, Long>> byChannel, long slaBreaches) {

    public ApplicationTally {
        byChannel = Map.copyOf(byChannel);
    }

    public long count(Channel channel, ApplicationStatus status) {
        return byChannel.getOrDefault(channel, Map.of()).getOrDefault(status, 0L);
    }

    /** Over both channels. */
    public long count(ApplicationStatus status) {
        long sum = 0;
        for (Channel channel : Channel.values()) {
            sum += count(channel, status);
        }
        return sum;
    }

    /** Past the draft stage, in one channel. */
    public long submitted(Channel channel) {
        return byChannel.getOrDefault(channel, Map.of()).values().stream()
                .mapToLong(Long::longValue)
                .sum();
    }
}
