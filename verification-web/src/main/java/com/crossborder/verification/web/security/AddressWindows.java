package com.crossborder.verification.web.security;

import com.crossborder.verification.shared.usecase.SharedRequestCounts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Requests per client (endpoint group and address bucket) in fixed one-minute windows. Each request is counted in
 * memory on the node it reaches and judged against this node's count plus what the other nodes had counted when the
 * counts were last shared: every second ({@link RequestCountSharing}) each node adds its busy clients' new requests to
 * the shared counts and reads back the counts of every busy client. Only busy clients are written — past a quarter of
 * their limit on one node — so a flood from many addresses never turns into as many database writes; a client that
 * stays under a quarter on every node gets at most that many quarters. The nodes learn of each other's requests within
 * about a second.
 */
@ApplicationScoped
public class AddressWindows {

    private static final int MAX_TRACKED = 100_000;

    /** One client's minute on this node. */
    private static final class Window {
        final String key;
        final long minute;
        final int limit;
        final AtomicInteger here = new AtomicInteger();
        /** Of {@code here}, how many were added to the shared count (written by the sharing pass only). */
        volatile int shared;
        /** What the other nodes counted, as of the last sharing. */
        volatile int elsewhere;

        Window(String key, long minute, int limit, int elsewhere) {
            this.key = key;
            this.minute = minute;
            this.limit = limit;
            this.elsewhere = elsewhere;
        }
    }

    /** The shared counts of busy clients, by key, as last read. */
    private record Totals(long minute, Map<String, Integer> counts) {}

    private final Map<String, Window> windows = new ConcurrentHashMap<>();
    private volatile Totals totals = new Totals(-1, Map.of());

    @Inject
    SharedRequestCounts sharedCounts;

    /** Counts a request of {@code client} in {@code minute}; whether it is within {@code limit} on all nodes. */
    public boolean admit(String client, int limit, long minute) {
        if (windows.size() > MAX_TRACKED) {
            windows.values().removeIf(window -> window.minute < minute);
        }
        Window window = windows.compute(client, (k, old) -> {
            if (old != null && old.minute == minute) {
                return old;
            }
            String key = old != null ? old.key : sharedCounts.clientKey(client);
            Totals known = totals;
            return new Window(
                    key,
                    minute,
                    limit,
                    known.minute() == minute ? known.counts().getOrDefault(key, 0) : 0);
        });
        return window.here.incrementAndGet() + window.elsewhere <= limit;
    }

    /** Adds the new requests of this minute's busy clients to the shared counts and learns everyone's counts. */
    public void share(long minute) {
        Map<String, Integer> fresh = new HashMap<>();
        windows.values().forEach(window -> {
            int here = window.here.get();
            if (window.minute == minute && here > window.shared && here * 4 > window.limit) {
                fresh.put(window.key, here - window.shared);
            }
        });
        Map<String, Integer> counts = sharedCounts.share(minute, fresh);
        totals = new Totals(minute, Map.copyOf(counts));
        windows.values().forEach(window -> {
            if (window.minute == minute) {
                window.shared += fresh.getOrDefault(window.key, 0);
                window.elsewhere = Math.max(0, counts.getOrDefault(window.key, 0) - window.shared);
            }
        });
    }
}
