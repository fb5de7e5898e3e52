package com.crossborder.verification.web.screens;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The headers the screens are built for. Nothing loads from outside this WAR, no inline script or style runs and no
 * eval; images may also be {@code blob:} URLs, which is how photos and scans fetched with the bearer token are shown.
 * No page may be framed (clickjacking), types are never sniffed, and no address leaks to other sites.
 */
@WebFilter(urlPatterns = {"/console/*", "/app/*", "/shared/*", "/favicon.ico"})
public class ScreenSecurityHeaders extends HttpFilter {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' blob:; object-src 'none'; "
            + "base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        protect(response, CONTENT_SECURITY_POLICY);
        // The pages and scripts change with every release; revalidate rather than run a stale mix of modules.
        response.setHeader("Cache-Control", "no-cache");
        chain.doFilter(request, response);
    }

    /** The headers every page served from the WAR carries, under its own content security policy. */
    static void protect(HttpServletResponse response, String contentSecurityPolicy) {
        response.setHeader("Content-Security-Policy", contentSecurityPolicy);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("X-Frame-Options", "DENY");
    }
}
