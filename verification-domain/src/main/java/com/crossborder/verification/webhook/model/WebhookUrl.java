package com.crossborder.verification.webhook.model;

import com.crossborder.verification.shared.model.Reason;
import com.crossborder.verification.shared.model.Rejection;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;

/**
 * Where deliveries go: an absolute https URL without credentials, at most 500 characters. Plain http is accepted only
 * to this machine (127.0.0.1, ::1, localhost) and only where {@code verification.webhooks.allow-loopback-http} is on
 * (development and tests), so that signed verdicts never cross a network in clear.
 */
public record WebhookUrl(String value) {

    private static final Set<String> LOOPBACK = Set.of("127.0.0.1", "localhost", "[::1]", "::1");

    public static WebhookUrl parse(String raw, boolean allowLoopbackHttp) {
        if (raw == null || raw.isBlank() || raw.length() > 500) {
            throw Rejection.onField("url", Reason.WEBHOOK_URL_INVALID);
        }
        URI uri;
        try {
            uri = new URI(raw.strip());
        } catch (URISyntaxException malformed) {
            throw Rejection.onField("url", Reason.WEBHOOK_URL_INVALID);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        boolean secure = scheme.equals("https");
        boolean loopbackHttp = scheme.equals("http") && allowLoopbackHttp && LOOPBACK.contains(host);
        if (host.isEmpty() || uri.getUserInfo() != null || uri.getFragment() != null || !(secure || loopbackHttp)) {
            throw Rejection.onField("url", Reason.WEBHOOK_URL_INVALID);
        }
        return new WebhookUrl(uri.toString());
    }
}
