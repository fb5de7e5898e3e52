package com.crossborder.verification.shared.usecase;

import com.crossborder.verification.shared.crypto.BlindIndex;
import com.crossborder.verification.shared.model.RequestWindows;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Map;
import java.util.TreeMap;

/**
 * The per-minute request counts of the anonymous endpoints, shared between nodes: each node counts in memory and
 * regularly adds what it counted for its busy clients here, learning what all nodes counted together. Clients are
 * known by keyed hashes, never by their addresses.
 */
@ApplicationScoped
public class SharedRequestCounts {

    @Inject
    RequestWindows windows;

    @Inject
    BlindIndex index;

    /** The key a client (endpoint group and address bucket) is counted under. */
    public String clientKey(String client) {
        return index.of("request-window", client);
    }

    /**
     * Adds this node's new requests per client key for {@code minute} and returns every shared client's count over all
     * nodes. Clients are written in one order on every node, so that two nodes sharing at once never deadlock.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Map<String, Integer> share(long minute, Map<String, Integer> newRequests) {
        new TreeMap<>(newRequests).forEach((key, requests) -> windows.add(key, minute, requests));
        if (!newRequests.isEmpty()) {
            windows.forgetBefore(minute - 1);
        }
        return windows.counts(minute);
    }
}
