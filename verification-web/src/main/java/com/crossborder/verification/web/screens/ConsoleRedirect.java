package com.crossborder.verification.web.screens;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** The server's front door ({@code /}) leads to the staff console; the applicant app lives at {@code /app/}. */
@WebServlet(urlPatterns = "")
public class ConsoleRedirect extends HttpServlet {

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_FOUND);
        response.setHeader("Location", request.getContextPath() + "/console/");
    }
}
