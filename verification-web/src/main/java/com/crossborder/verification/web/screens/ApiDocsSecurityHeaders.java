package com.crossborder.verification.web.screens;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The headers of Swagger UI ({@code /api-docs/}, served without login) and of the WebJar files it loads. Like the
 * screens' ({@link ScreenSecurityHeaders}), nothing loads from outside this WAR and no inline script runs; Swagger
 * UI also needs inline styles and {@code data:} images (its icons), allowed here only, so the console's and the
 * app's policy stays as strict as it is.
 */
@WebFilter(urlPatterns = {"/api-docs/*", "/webjars/*"})
public class ApiDocsSecurityHeaders extends HttpFilter {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; "
            + "style-src 'self' 'unsafe-inline'; object-src 'none'; base-uri 'none'; form-action 'self'; "
            + "frame-ancestors 'none'";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        ScreenSecurityHeaders.protect(response, CONTENT_SECURITY_POLICY);
        chain.doFilter(request, response);
    }
}
