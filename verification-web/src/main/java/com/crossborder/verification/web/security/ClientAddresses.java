package com.crossborder.verification.web.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Collections;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The client behind a request, from {@code verification.http.trusted-proxies} ({@link TrustedProxies}): the address
 * for the log and audit, and the bucket the failure budgets and request limits count under.
 */
@ApplicationScoped
public class ClientAddresses {

    private static final Logger LOG = Logger.getLogger(ClientAddresses.class.getName());

    @Inject
    @ConfigProperty(name = "verification.http.trusted-proxies")
    Optional<String> configured;

    private TrustedProxies proxies;

    @PostConstruct
    void parse() {
        // A mistyped block fails the start rather than trusting nothing or everything silently.
        proxies = TrustedProxies.parse(configured.orElse(""));
        if (!proxies.isEmpty()) {
            LOG.info("X-Forwarded-For is honoured from the trusted proxies " + configured.orElse(""));
        }
    }

    /** Parsed when the application starts, so that a wrong block stops the deployment. */
    void atStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
        proxies.isEmpty();
    }

    public String address(HttpServletRequest request) {
        return proxies.clientAddress(request.getRemoteAddr(), Collections.list(request.getHeaders("X-Forwarded-For")));
    }

    /** The client's address as budgets count it (an IPv6 client by /64). */
    public String bucket(HttpServletRequest request) {
        return TrustedProxies.bucket(address(request));
    }
}
