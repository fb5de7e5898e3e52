package com.crossborder.verification.web.security;

import com.crossborder.verification.shared.model.Reason;
import com.crossborder.verification.web.api.Problem;
import com.crossborder.verification.web.api.ProblemResponses;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Requests per client address (IPv6 by /64) and minute on the endpoints anyone may call without a token, in fixed
 * one-minute windows counted by all nodes together ({@link AddressWindows}): over the limit the answer is 429
 * {@code TOO_MANY_REQUESTS} with {@code Retry-After} (seconds to the next window). These limits stop floods; the
 * failure budgets of logins and codes (in the database) are what stop guessing.
 */
@Provider
@Priority(Priorities.AUTHENTICATION - 100)
public class AnonymousLimits implements ContainerRequestFilter {

    /** The limited endpoints and their default requests per minute per client. */
    public enum Group {
        LOGIN(30),
        PASSWORD_RESET(10),
        SMS_CODES(20),
        REGISTRATION(10),
        LETTERS(30),
        DOCUMENT_VALIDATION(120);

        private final int perMinute;

        Group(int perMinute) {
            this.perMinute = perMinute;
        }

        /** The configuration key, for example {@code verification.http.limit.password-reset}. */
        public String key() {
            return "verification.http.limit." + name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    private static final Map<Group, Integer> LIMITS = new ConcurrentHashMap<>();

    @Context
    ResourceInfo resource;

    @Context
    HttpServletRequest http;

    @Context
    HttpHeaders headers;

    @Inject
    ClientAddresses clients;

    @Inject
    AddressWindows windows;

    @Inject
    Config config;

    @Inject
    JsonWebToken token;

    @Override
    public void filter(ContainerRequestContext request) {
        Method method = resource.getResourceMethod();
        Limited limited = method == null ? null : method.getAnnotation(Limited.class);
        if (limited == null || (token != null && token.getRawToken() != null)) {
            // Signed-in callers (counter staff checking documents while typing) are not anonymous.
            return;
        }
        Group group = limited.value();
        int limit = LIMITS.computeIfAbsent(
                group, g -> config.getOptionalValue(g.key(), Integer.class).orElse(g.perMinute));
        long nowSeconds = System.currentTimeMillis() / 1000;
        long minute = nowSeconds / 60;
        String client = group.name() + "|" + clients.bucket(http);
        if (!windows.admit(client, limit, minute)) {
            long retryAfter = Math.max(1, (minute + 1) * 60 - nowSeconds);
            request.abortWith(ProblemResponses.build(Problem.of(429, Reason.TOO_MANY_REQUESTS), headers)
                    .header("Retry-After", retryAfter)
                    .build());
        }
    }
}
