package com.crossborder.verification.shared.model;

import java.util.Objects;

/**
 * Who performs a command: an account (by its opaque id, never a phone number) with its role,
 * or the system itself (start-up, nightly jobs).
 */
public record Actor(String id, String role) {

    public static final String SYSTEM_ROLE = "SYSTEM";

    public Actor {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(role, "role");
    }

    /** The system acting on its own, e.g. {@code system("job:pending-review")}. */
    public static Actor system(String what) {
        return new Actor(what, SYSTEM_ROLE);
    }
}
