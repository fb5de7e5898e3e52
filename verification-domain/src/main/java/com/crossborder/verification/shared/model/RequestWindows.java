package com.crossborder.verification.shared.model;

import java.util.Map;

/** Requests per client and minute, counted together by every node. */
public interface RequestWindows {

    /** Adds {@code requests} to the client's count for the minute. */
    void add(String clientKey, long minute, int requests);

    /** The count of every client written for the minute, all nodes together. */
    Map<String, Integer> counts(long minute);

    /** Deletes the counts of minutes before {@code minute}. */
    void forgetBefore(long minute);
}
