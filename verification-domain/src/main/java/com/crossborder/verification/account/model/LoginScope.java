package com.crossborder.verification.account.model;

/** What a login failure counter counts. */
public enum LoginScope {
    /** One login from one source address (bucket): locks after {@link LoginPolicy#maxFailures()}. */
    PAIR,
    /** One login from every source: the global soft limit that a distributed guesser meets. */
    LOGIN,
    /** One source address against every login: a budget for guessing across many logins. */
    SOURCE
}
