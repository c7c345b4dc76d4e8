package org.impuls.core.rest;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The error page for 401 (only the API answers 401; pages send visitors to the login instead): a
 * problem document saying how to authenticate.
 */
@WebServlet(urlPatterns = "/errors/unauthorized")
public class UnauthorizedProblemServlet extends HttpServlet {

    /** Request attribute with the reason, set by whoever refused. */
    public static final String DETAIL = UnauthorizedProblemServlet.class.getName() + ".detail";

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object detail = request.getAttribute(DETAIL);
        String text = detail != null
                ? detail.toString()
                : "Log in or send a personal API token as 'Authorization: Bearer …'.";
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setHeader("WWW-Authenticate", "Bearer realm=\"impuls\"");
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter()
                .write("{\"type\":\"about:blank\",\"title\":\"Unauthorized\",\"status\":401,\"detail\":\""
                        + text.replace("\\", "\\\\").replace("\"", "'") + "\"}");
    }
}
