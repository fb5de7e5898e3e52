package com.crossborder.verification.web.api;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Errors that the servlet container answers before JAX-RS sees the request (a path outside the API, a
 * refused token, an oversized body) get the same problem+json shape instead of an HTML page; see web.xml.
 */
@WebServlet(urlPatterns = ContainerErrorServlet.PATH)
public class ContainerErrorServlet extends HttpServlet {

    static final String PATH = "/container-error";

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object attribute = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = attribute instanceof Integer code ? code : HttpServletResponse.SC_NOT_FOUND;
        if (status >= 500) {
            Throwable failure = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
            if (failure != null) {
                UnexpectedExceptionMapper.internalError(failure, null);
            }
        }
        Problem problem = Problem.of(status, WebApplicationExceptionMapper.codeFor(status));
        response.setStatus(status);
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(problem.toJson(Languages.preferred(request.getHeader("Accept-Language"))));
    }
}
